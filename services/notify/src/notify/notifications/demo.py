"""Demo data of the notification centre's e-mail (scripts/demo.py, part "notify-email"): the leaders of Sở Tư
pháp and the Department have chosen kinds to receive by e-mail, and one change of Sở Tư pháp is rejected
with a reason, so the notification screen shows a rejection and Mailpit (http://127.0.0.1:18025) the mails."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import httpx

PREFERENCES = {
    "stp.leader": ("lanhdao.stp@tuyenquang.gov.vn",
                   ["change_pending", "transfer_incoming", "deadline_approaching", "deadline_overdue", "announcement"]),
    "snv.admin": ("quantri.snv@tuyenquang.gov.vn", ["account_locked", "deadline_overdue", "password_expiring"]),
    "stp.officer": ("vanthu.stp@tuyenquang.gov.vn", ["change_rejected", "record_approved", "announcement_reminder"]),
}


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *, call: Callable[..., Any],
         profile: Callable[[random.Random], dict[str, Any]]) -> bool:
    for user, (email, kinds) in PREFERENCES.items():
        call(client, "PUT", "/api/notify/notifications/preferences", token(user),
             json={"email": email, "email_kinds": kinds})
    cr = call(client, "POST", "/api/personnel/change-requests", token("stp.officer"), unit_known_within=120,
              json={"unit_id": "STP", "profile": profile(rng), "note": "Hồ sơ mới"})
    call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", token("stp.officer"))
    call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/reject", token("stp.leader"),
         json={"reason": "Thiếu bản sao quyết định tuyển dụng; đề nghị bổ sung."})
    print("demo data: e-mail choices of 3 accounts, a change rejected with its reason (notes and mails in Mailpit)")
    return True
