"""Requests and answers of the annual self-declaration."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from personnel.profiles.schema import Address, Catalog, FamilyRelation, Section, Short


class RoundCreate(BaseModel):
    year: Annotated[int, Field(ge=2015, le=2100)]
    opens_on: date
    closes_on: date
    note: Annotated[str | None, Field(max_length=1000)] = None


class RoundPublic(BaseModel):
    id: uuid.UUID
    year: int
    opens_on: date
    closes_on: date
    state: Literal["not_yet_open", "open", "closed"]
    note: str | None
    opened_by: str


class DeclaredIdentity(Section):
    """The identity fields of the supplementary résumé form (rules.DECLARABLE_IDENTITY)."""

    other_names: Short | None = None
    religion: Annotated[str | None, Catalog("religions")] = None
    personal_id_number: Short | None = None
    personal_id_issued_on: date | None = None
    personal_id_issued_by: Short | None = None
    phone: Short | None = None
    email: Short | None = None
    permanent_address: Address | None = None
    current_address: Address | None = None
    marital_status: Annotated[str | None, Catalog("marital_status")] = None


class Declaration(Section):
    """What the person sees and sends: only the declarable part of their record."""

    identity: DeclaredIdentity
    family_relations: list[FamilyRelation] = []


class DeclarationForm(BaseModel):
    """The form behind a link: whose it is (name and unit only), the round, the record's part, the draft."""

    full_name: str
    unit_name: str | None
    year: int
    closes_on: date
    current: Declaration
    draft: Declaration | None
    signed_at: datetime | None
    no_change: bool


class SignBody(BaseModel):
    full_name: Annotated[str, Field(min_length=1, max_length=120)]
    statement: bool
    declaration: Declaration


class FieldChangePublic(BaseModel):
    path: str
    old: object = None
    new: object = None


class SignResult(BaseModel):
    signed_at: datetime
    no_change: bool
    changes: list[FieldChangePublic]
    content_hash: str


class LinkPublic(BaseModel):
    """One person's link; the token only right after it was made (it is never stored)."""

    person_id: uuid.UUID
    full_name: str
    unit_id: str
    email: str | None
    url: str | None
    expires_at: datetime | None


class PersonProgress(BaseModel):
    person_id: uuid.UUID
    full_name: str
    unit_id: str
    progress: Literal["not_invited", "not_declared", "draft", "declared", "no_change", "approved", "rejected"]
    signed_at: datetime | None
    change_request_id: uuid.UUID | None
    reminded_count: int
    reminded_at: datetime | None


class UnitCount(BaseModel):
    unit_id: str
    unit_name: str | None
    people: int
    declared: int
    approved: int
    not_yet: int


class RoundProgress(BaseModel):
    round: RoundPublic
    units: list[UnitCount]
    people: list[PersonProgress]


class RemindBody(BaseModel):
    unit_id: Annotated[str, Field(max_length=64)]
    person_ids: list[uuid.UUID] | None = None  # None: everyone of the subtree who has not declared
