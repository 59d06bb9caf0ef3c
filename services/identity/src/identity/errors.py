"""Every message the identity service shows, by code, in Vietnamese and English (see common.errors)."""

from __future__ import annotations

from common.errors import COMMON

MESSAGES = COMMON.extend({
    # Who may administer accounts and grant roles (accounts/rules.py).
    "account.not_administrator": ("Chỉ Sở Nội vụ hoặc quản trị hệ thống được quản lý tài khoản.",
                                  "Only the Department of Home Affairs or a system administrator manages accounts."),
    "account.unknown_roles": ("Vai trò không tồn tại: {roles}.", "Unknown role(s): {roles}."),
    "account.role_required": ("Cần ít nhất một vai trò.", "At least one role."),
    "role_beyond_scope": ("Không được cấp vai trò vượt quyền của mình: {roles}.",
                          "Cannot grant a role beyond your own: {roles}."),
    "account.holds_higher_role": ("Tài khoản này có quyền cao hơn quyền của bạn.",
                                  "This account holds a role above yours."),
    "account.province_admin_outside_home_affairs": (
        "Vai trò quản trị toàn tỉnh chỉ dành cho tài khoản của Sở Nội vụ.",
        "province_admin is only for accounts of the Department of Home Affairs."),
    "account.role_only_home_affairs": ("Chỉ tài khoản của Sở Nội vụ được giữ vai trò này.",
                                       "Only accounts of the Department of Home Affairs may hold this role."),
    "account.second_administrator_required": (
        "Mở khóa hoặc đặt lại mật khẩu tài khoản quản trị cần hai quản trị viên: hãy tạo yêu cầu để một quản "
        "trị viên khác xác nhận.",
        "Unlocking or resetting an administrator's account takes two administrators: make a request for "
        "another administrator to confirm."),
    "account.request_own": ("Không được tự xác nhận yêu cầu do chính mình tạo.",
                            "You cannot confirm your own request."),
    "account.request_about_self": ("Không được xác nhận yêu cầu về chính tài khoản của mình.",
                                   "You cannot confirm a request about your own account."),
    "account.request_not_needed": ("Tài khoản này không phải tài khoản quản trị; hãy thực hiện trực tiếp.",
                                   "This is not an administrator's account; act on it directly."),
    "account.request_not_pending": ("Yêu cầu đã được xử lý.", "The request has already been decided."),
    "account.stale": ("Dữ liệu tài khoản đã được người khác thay đổi (lần sửa {revision}); hãy tải lại rồi "
                      "thực hiện lại.",
                      "The account was changed by someone else meanwhile (version {revision}); reload it and "
                      "try again."),
    "account.cannot_lock_self": ("Không thể tự khoá tài khoản của mình.", "You cannot lock your own account."),
    "account.cannot_change_own_roles": (
        "Không thể tự thay đổi vai trò của tài khoản mình; hãy nhờ một quản trị viên khác.",
        "You cannot change your own account's roles; ask another administrator."),
    "unit_has_account": ("Đơn vị đã có tài khoản. Muốn cấp thêm, hãy ghi lý do (theo đề nghị của đơn vị).",
                         "The unit already has an account; give the reason (the unit's request) to add another."),
    "account.additional_reason_required": ("Cần ghi lý do cấp thêm tài khoản.",
                                           "A reason is required for an additional account."),
    # Creating an account (accounts/service.py, directory.py).
    "unknown_unit": ("Đơn vị không tồn tại hoặc đã giải thể.", "The unit does not exist or was dissolved."),
    "account.unit_not_found": ("Đơn vị không tồn tại.", "Unknown unit."),
    "duplicate_username": ("Tên đăng nhập đã tồn tại.", "The username is already taken."),
    "account.directory_refused": ("Máy chủ xác thực không chấp nhận yêu cầu.",
                                  "The identity provider refused the request."),
    # Keycloak's password policy (directory.py), one code per policy message key.
    "weak_password": ("Mật khẩu chưa đạt yêu cầu.", "The password does not meet the policy."),
    "password.min_length": ("Mật khẩu quá ngắn (tối thiểu {n} ký tự).",
                            "Password too short (at least {n} characters)."),
    "password.min_upper_case": ("Mật khẩu phải có ít nhất {n} chữ in hoa.",
                                "Password needs at least {n} upper-case letter(s)."),
    "password.min_lower_case": ("Mật khẩu phải có ít nhất {n} chữ thường.",
                                "Password needs at least {n} lower-case letter(s)."),
    "password.min_digits": ("Mật khẩu phải có ít nhất {n} chữ số.", "Password needs at least {n} digit(s)."),
    "password.min_special": ("Mật khẩu phải có ít nhất {n} ký tự đặc biệt.",
                             "Password needs at least {n} special character(s)."),
    "password.not_username": ("Mật khẩu không được trùng tên đăng nhập.", "Password must not equal the username."),
    "password.recently_used": ("Không được dùng lại mật khẩu đã dùng gần đây.",
                               "Password was used recently; choose another."),
    "password.policy": ("Mật khẩu không đạt chính sách mật khẩu.", "Password does not meet the password policy."),
    # The system-health screen's dead-letter replay (operations/).
    "dead_letter.not_found": ("Không có sự kiện lỗi nào đang chờ ở vị trí này (có thể đã được phát lại).",
                              "No dead-lettered event waits there (it may have been replayed already)."),
    "dead_letter.not_first": ("Phải phát lại theo thứ tự: sự kiện đang chờ đầu tiên của phân vùng này ở vị trí "
                              "{first}.",
                              "Events are replayed in order: the first waiting event of this partition is at "
                              "offset {first}."),
})
