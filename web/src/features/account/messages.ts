import { featureMessages } from "@/lib/featureMessages";

export const accountMessages = {
  "menu.own": { vi: "Tài khoản của tôi", en: "My account" },
  "title": { vi: "Tài khoản của tôi", en: "My account" },
  "profile": { vi: "Thông tin tài khoản", en: "Account" },
  "username": { vi: "Tên đăng nhập", en: "Username" },
  "name": { vi: "Họ và tên", en: "Name" },
  "unit": { vi: "Đơn vị", en: "Unit" },
  "roles": { vi: "Vai trò", en: "Roles" },
  "password": { vi: "Đổi mật khẩu", en: "Change password" },
  "password.how": {
    vi: "Mật khẩu được quản lý bởi hệ thống đăng nhập một lần (SSO). Bấm nút dưới đây để sang trang đổi mật khẩu: nhập mật khẩu mới hai lần (nếu đã đăng nhập từ lâu, hệ thống hỏi lại mật khẩu hiện tại trước), rồi tự động quay lại trang này.",
    en: "Passwords are kept by the single sign-on. The button below opens its password page: type the new password twice (if you signed in a while ago, it first asks for your current one); you then come back here.",
  },
  "policy": { vi: "Yêu cầu đối với mật khẩu", en: "Password rules" },
  "policy.length": { vi: "Dài ít nhất 8 ký tự.", en: "At least 8 characters." },
  "policy.classes": {
    vi: "Có ít nhất một chữ hoa, một chữ thường, một chữ số và một ký tự đặc biệt (ví dụ ! @ # $ %).",
    en: "At least one upper-case letter, one lower-case letter, one digit and one special character (e.g. ! @ # $ %).",
  },
  "policy.username": { vi: "Không trùng với tên đăng nhập.", en: "Not the same as the username." },
  "policy.history": { vi: "Không dùng lại 5 mật khẩu gần nhất.", en: "None of your last 5 passwords." },
  "policy.expiry": {
    vi: "Mật khẩu phải được đổi sau mỗi 30 ngày; đến hạn, hệ thống yêu cầu đổi khi đăng nhập.",
    en: "Passwords must be changed every 30 days; when due, sign-in asks for a new one.",
  },
  "policy.secret": {
    vi: "Không chia sẻ mật khẩu cho người khác; mỗi người dùng một tài khoản riêng.",
    en: "Never share your password; each person uses their own account.",
  },
  "password.button": { vi: "Đổi mật khẩu", en: "Change password" },
  "password.changed": { vi: "Đã đổi mật khẩu thành công.", en: "Your password was changed." },
  "password.cancelled": { vi: "Chưa đổi mật khẩu (đã huỷ).", en: "The password was not changed (cancelled)." },
} satisfies Record<string, { vi: string; en: string }>;

export const useAccountT = featureMessages(accountMessages);
