import string

from identity.accounts.passwords import temporary_password


def test_temporary_passwords_meet_every_character_class_and_differ() -> None:
    seen = {temporary_password() for _ in range(200)}
    assert len(seen) == 200
    for pw in seen:
        assert len(pw) >= 14
        assert any(c in string.ascii_uppercase for c in pw)
        assert any(c in string.ascii_lowercase for c in pw)
        assert any(c in string.digits for c in pw)
        assert any(not c.isalnum() for c in pw)
