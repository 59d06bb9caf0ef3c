"""Events produced by the personnel service: approved person records, their status, their documents.

Only approved data goes out: a draft or a pending change never leaves the service. Each person event
carries the fields other services keep in their own views (reporting's counts, transfer's dossiers);
sensitive profile detail (family, health, addresses, identity numbers) stays in personnel."""

from __future__ import annotations

from datetime import date, datetime

from common.events.envelope import EventPayload
from common.events.registry import event_type


class PersonState(EventPayload):
    person_id: str  # UUID, one for the person's whole career
    version: int  # the approved version this state is
    unit_id: str
    status: str  # employment_status catalog code
    is_active: bool = True  # the status counts as working
    full_name: str
    gender: str | None = None  # gender catalog code (1 Nam, 2 Nữ)
    birth_date: date | None = None
    staff_category: str | None = None  # cadre | civil_servant | public_employee | contract_worker
    rank_code: str | None = None  # ranks catalog (ngạch / chức danh nghề nghiệp)
    salary_step: int | None = None
    salary_coefficient: float | None = None
    qualification: str | None = None  # professional_qualifications catalog (highest)
    political_theory_level: str | None = None
    state_management_level: str | None = None
    ethnicity: str | None = None  # ethnic_groups catalog
    religion: str | None = None  # religions catalog
    party_member: bool = False
    position: str | None = None
    first_recruited_on: date | None = None
    # The highest levels the statistical reports count (personnel.persons.report_levels, derived from the
    # résumé's summary and training table); None in events published before they were carried.
    it_level: str | None = None  # intermediate_or_above | certificate | none
    english_level: str | None = None  # degree | certificate | none
    other_language_level: str | None = None  # degree | certificate | none (any other foreign language)
    ethnic_language_certificate: bool | None = None  # holds an ethnic-minority language certificate
    general_education_level: str | None = None  # upper_secondary | lower_secondary | primary | none
    approved_at: datetime | None = None
    approved_by: str | None = None
    decision_number: str | None = None
    decision_signed_on: date | None = None  # the decision this version records, when it names one


@event_type("personnel.person.created.v1")
class PersonCreated(PersonState):
    """A new record's first approval."""


@event_type("personnel.person.updated.v1")
class PersonUpdated(PersonState):
    """An approved change; carries the whole new state and the paths that changed."""

    changed_fields: list[str] = []


@event_type("personnel.person.status_changed.v1")
class PersonStatusChanged(EventPayload):
    person_id: str
    unit_id: str
    old_status: str
    status: str
    is_active: bool
    effective_on: date
    leaving_form: str | None = None
    decision_number: str | None = None
    reason: str | None = None


class DocumentState(EventPayload):
    document_id: str
    person_id: str
    unit_id: str
    document_type: str
    number: str | None = None
    issued_on: date | None = None
    version: int
    content_type: str
    size: int
    sha256: str


@event_type("personnel.document.added.v1")
class DocumentAdded(DocumentState):
    pass


@event_type("personnel.document.replaced.v1")
class DocumentReplaced(DocumentState):
    """A new version of the file; the old version is kept."""


@event_type("personnel.certification.signed.v1")
class CertificationSigned(EventPayload):
    """A unit's head certified that the unit's data is current for a month (a signed PDF of the month's
    changes); late when made after the month's last working day. The Department may be told."""

    certification_id: str
    unit_id: str
    unit_name: str
    month: str  # YYYY-MM
    certified_on: date
    certified_by: str  # username
    late: bool = False
    change_count: int = 0
    sha256: str  # of the signed PDF
