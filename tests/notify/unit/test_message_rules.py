from notify.messages import rules


def reach(sender: list[str], target: list[str], wide: bool = False) -> bool:
    return rules.may_address(sender_path=sender, target_path=target, department_unit_id="SNV", province_wide=wide)


def test_reach() -> None:
    assert reach(["TQ", "STP"], ["TQ", "STP", "STP.VP"])  # below
    assert reach(["TQ", "STP", "STP.VP"], ["TQ", "STP"])  # the parent
    assert reach(["TQ", "STP", "STP.VP"], ["TQ"])  # up the chain
    assert reach(["TQ", "00706"], ["TQ", "SNV"])  # the Department
    assert reach(["TQ", "00706"], ["TQ", "00706"])  # its own unit
    assert not reach(["TQ", "00706"], ["TQ", "00700"])  # a sibling
    assert not reach(["TQ", "00706"], ["TQ", "SNV", "SNV.VP"])  # inside the Department
    assert not reach(["TQ", "SNV"], ["TQ", "STP"])
    assert reach(["TQ", "SNV"], ["TQ", "STP"], wide=True)
    assert not reach([], ["TQ"])


def test_matches() -> None:
    assert rules.matches(["so", "vu"], "so noi vu")
    assert not rules.matches(["tu", "phap"], "so noi vu", "snv")
