from notify.chat import rules


def test_rooms_are_the_same_whoever_opens_them() -> None:
    assert rules.direct_room("a", "b") == rules.direct_room("b", "a")
    assert rules.direct_room("a", "b")[0] != rules.direct_room("a", "c")[0]
    assert rules.unit_room("STP") == rules.unit_room("STP") != rules.unit_room("SNV")


def test_members_and_channels() -> None:
    assert rules.is_member(kind="unit", unit_id="STP", account_a=None, account_b=None, account_id="x",
                           account_unit_id="STP")
    assert not rules.is_member(kind="unit", unit_id="STP", account_a=None, account_b=None, account_id="x",
                               account_unit_id="STP.VP")
    assert rules.is_member(kind="direct", unit_id=None, account_a="a", account_b="b", account_id="b",
                           account_unit_id="Z")
    assert not rules.is_member(kind="direct", unit_id=None, account_a="a", account_b="b", account_id="c",
                               account_unit_id="Z")
    assert rules.channels_of(kind="direct", unit_id=None, account_a="a", account_b="b") == [
        "notify:chat:user:a", "notify:chat:user:b"]
    assert rules.channels_of(kind="unit", unit_id="STP", account_a=None, account_b=None) == ["notify:chat:unit:STP"]
    assert set(rules.listening("a", "STP")) == {"notify:chat:user:a", "notify:chat:unit:STP"}


def test_body() -> None:
    assert rules.body_problem("  ") == "message.body_required"
    assert rules.body_problem("x" * 2001) == "chat.too_long"
    assert rules.body_problem("Chào anh") is None
