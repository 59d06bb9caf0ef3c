from datetime import UTC, datetime

from notify.news import rules


def test_sanitize_keeps_rich_text_and_drops_scripts() -> None:
    out = rules.sanitize('<h2>Tiêu đề</h2><p style="color:red" onmouseover="x()">Đoạn <em>một</em></p>'
                         '<script>alert(1)</script><a href="javascript:x()">a</a>'
                         '<img src="https://a.vn/1.png" onerror=y>')
    assert "<h2>Tiêu đề</h2>" in out and "<em>một</em>" in out
    for bad in ("style=", "onmouseover", "<script", "javascript:", "onerror"):
        assert bad not in out


def test_plain_text_and_search_text_fold_vietnamese() -> None:
    assert rules.plain_text("<p>Hội&nbsp;nghị <b>cán bộ</b></p>") == "Hội nghị cán bộ"
    assert rules.search_text("Đường", "Ngọc", "<p>Xã</p>") == "duong ngoc xa"


def test_steps_follow_the_states() -> None:
    assert rules.next_state("draft", "submit") == "pending"
    assert rules.next_state("rejected", "submit") == "pending"
    assert rules.next_state("pending", "approve") == "published"
    assert rules.next_state("draft", "approve") is None
    assert rules.next_state("published", "withdraw") == "withdrawn"
    assert rules.next_state("withdrawn", "submit") is None


def test_window() -> None:
    a, b = datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    assert rules.window_problem(b, a) == "news.window_reversed"
    assert rules.window_problem(a, None) is None
    assert rules.is_live("published", a, b, datetime(2027, 1, 15, tzinfo=UTC))
    assert not rules.is_live("published", a, b, b)
    assert not rules.is_live("pending", None, None, a)
