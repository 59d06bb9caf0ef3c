import { featureMessages } from "@/lib/featureMessages";

// The unit's view of the annual self-declaration (issue 18.4): progress per person and unit, links, reminders.
export const declarationOfficerMessages = {
  "o.title": { vi: "Kê khai bổ sung lý lịch", en: "Annual self-declaration" },
  "o.hint": {
    vi: "Sở Nội vụ mở đợt kê khai hằng năm (Điều 9.2b). Đơn vị tạo đường dẫn cho từng người, gửi cho họ; người kê khai mở đường dẫn trên điện thoại, sửa và ký; thay đổi về đơn vị dưới dạng bản nháp chờ phê duyệt.",
    en: "The Department opens the yearly round (Art. 9.2b). The unit makes each person's link and sends it; the person opens it on a phone, changes and signs; changes arrive as drafts for approval.",
  },
  "o.noRound": { vi: "Chưa có đợt kê khai nào đang mở.", en: "No round is open." },
  "o.openTitle": { vi: "Mở đợt kê khai (Sở Nội vụ)", en: "Open a round (Department of Home Affairs)" },
  "o.year": { vi: "Năm", en: "Year" },
  "o.period": { vi: "Từ ngày – đến ngày", en: "From – to" },
  "o.periodRequired": { vi: "Chọn ngày mở và ngày đóng đợt.", en: "Choose the opening and closing days." },
  "o.open": { vi: "Mở đợt", en: "Open the round" },
  "o.opened": { vi: "Đã mở đợt kê khai.", en: "The round is open." },
  "o.round": { vi: "Đợt năm {year}: {opens} – {closes}", en: "Round {year}: {opens} – {closes}" },
  "o.unit": { vi: "Đơn vị", en: "Unit" },
  "o.people": { vi: "Số người", en: "People" },
  "o.declared": { vi: "Đã kê khai", en: "Declared" },
  "o.approved": { vi: "Đã duyệt", en: "Approved" },
  "o.notYet": { vi: "Chưa kê khai", en: "Not yet" },
  "o.name": { vi: "Họ và tên", en: "Name" },
  "o.progress": { vi: "Tình trạng", en: "State" },
  "o.reminded": { vi: "Đã nhắc", en: "Reminded" },
  "o.request": { vi: "Xem thay đổi", en: "See the change" },
  "o.makeLinks": { vi: "Tạo đường dẫn cho người chưa có", en: "Make the missing links" },
  "o.remind": { vi: "Nhắc người chưa kê khai (cấp lại đường dẫn)", en: "Remind who has not declared (new links)" },
  "o.links": { vi: "Đường dẫn vừa tạo (chỉ hiển thị một lần, hãy sao chép và gửi ngay)", en: "New links (shown once: copy and send them now)" },
  "o.copy": { vi: "Sao chép", en: "Copy" },
  "o.copied": { vi: "Đã sao chép đường dẫn.", en: "Link copied." },
  "o.noLinks": { vi: "Không có người nào cần tạo đường dẫn.", en: "Nobody needs a link." },
  "p.not_invited": { vi: "Chưa có đường dẫn", en: "No link" },
  "p.not_declared": { vi: "Chưa kê khai", en: "Not declared" },
  "p.draft": { vi: "Đang khai (nháp)", en: "Draft" },
  "p.declared": { vi: "Đã ký, chờ duyệt", en: "Signed, waiting" },
  "p.no_change": { vi: "Không thay đổi", en: "No change" },
  "p.approved": { vi: "Đã duyệt", en: "Approved" },
  "p.rejected": { vi: "Bị từ chối", en: "Rejected" },
} as const;

export const useDeclarationOfficerText = featureMessages(declarationOfficerMessages);
