"""Field-by-field differences, field history and the approval state machine."""

from __future__ import annotations

import pytest

from common.storage import detect
from personnel.changes.approval import Approval, StaleBase, TransitionError
from personnel.persons.projection import name_sort_key
from personnel.profiles.diff import VersionMeta, diff, field_history
from personnel.search.folding import fold


class TestDiff:
    def test_changed_added_and_removed_leaves_with_paths(self):
        old = {"identity": {"full_name": "A", "phone": "1"}, "training": [{"institution": "X"}]}
        new = {"identity": {"full_name": "B"}, "training": [{"institution": "X"}, {"institution": "Y"}]}
        assert [(c.path, c.old, c.new) for c in diff(old, new)] == [
            ("identity.full_name", "A", "B"),
            ("identity.phone", "1", None),
            ("training[1].institution", None, "Y"),
        ]

    def test_missing_and_empty_are_the_same(self):
        assert diff({"a": {"b": None, "c": []}}, {"a": {}}) == []

    def test_new_record_diffs_against_nothing(self):
        assert [c.path for c in diff(None, {"identity": {"full_name": "A"}})] == ["identity.full_name"]


def test_field_history_says_who_changed_each_field_when_and_on_which_decision():
    versions = [
        VersionMeta(1, {"x": 1, "y": "a"}, "stp.leader", "2026-01-01", None),
        VersionMeta(2, {"x": 2, "y": "a"}, "snv.leader", "2026-02-01", "12/QĐ-STP"),
        VersionMeta(3, {"x": 2, "y": "b"}, "stp.leader", "2026-03-01", None),
    ]
    history = field_history(versions)
    assert [(e.version, e.new, e.changed_by, e.decision_number) for e in history["x"]] == [
        (1, 1, "stp.leader", None),
        (2, 2, "snv.leader", "12/QĐ-STP"),
    ]
    assert [e.version for e in history["y"]] == [1, 3]


class TestApproval:
    def test_draft_submitted_approved(self):
        a = Approval("draft", base_version=3)
        assert a.apply("submit") == "submitted"
        assert a.apply("approve", current_version=3) == "approved"

    def test_approving_a_change_based_on_a_stale_version_is_refused(self):
        a = Approval("submitted", base_version=3)
        with pytest.raises(StaleBase) as exc:
            a.apply("approve", current_version=4)
        assert (exc.value.base_version, exc.value.current_version) == (3, 4)
        assert a.state == "submitted"

    def test_rejection_needs_a_reason_and_can_be_revised(self):
        a = Approval("submitted", base_version=0)
        with pytest.raises(TransitionError):
            a.apply("reject", reason="  ")
        assert a.apply("reject", reason="Sai ngày sinh") == "rejected"
        assert a.apply("revise") == "draft"

    @pytest.mark.parametrize(
        ("state", "action"),
        [
            ("draft", "approve"),
            ("submitted", "edit"),
            ("approved", "withdraw"),
            ("approved", "approve"),
            ("withdrawn", "submit"),
            ("rejected", "approve"),
        ],
    )
    def test_impossible_moves_are_refused(self, state, action):
        with pytest.raises(TransitionError):
            Approval(state, base_version=0).apply(action, current_version=0, reason="x")


class TestFolding:
    @pytest.mark.parametrize(
        ("text", "folded"),
        [
            ("Nguyễn Văn An", "nguyen van an"),
            ("ĐỖ THỊ ĐÀO", "do thi dao"),
            ("  Lò   Thị Hoà ", "lo thi hoa"),
            ("Nguyễn Văn An", "nguyen van an"),
        ],
    )  # decomposed input
    def test_fold(self, text, folded):
        assert fold(text) == folded

    def test_lists_sort_by_given_name(self):
        names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Ân"]
        assert sorted(names, key=name_sort_key) == ["Lê Văn Ân", "Nguyễn Thị An", "Trần Văn Bình"]


class TestContentDetection:
    def test_pdf_jpeg_png_by_magic_bytes(self):
        assert detect(b"%PDF-1.7\n") == ("application/pdf", "pdf")
        assert detect(b"\xff\xd8\xff\xe0\x00\x10JFIF") == ("image/jpeg", "jpg")
        assert detect(b"\x89PNG\r\n\x1a\n\x00") == ("image/png", "png")

    def test_anything_else_is_refused_whatever_its_name(self):
        assert detect(b"MZ\x90\x00") is None  # a Windows executable renamed to .pdf
        assert detect(b"<html>") is None
