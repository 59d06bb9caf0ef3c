import dayjs from "dayjs";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDraft, loadDraft, saveDraft } from "./drafts";

describe("drafts", () => {
  beforeEach(() => sessionStorage.clear());

  it("keep what was typed, dates included, until cleared", () => {
    saveDraft("person-new", { full_name: "Nguyễn Văn A", birth_date: dayjs("1990-05-17"), family: [{ name: "B" }] });
    const draft = loadDraft<{ full_name: string; birth_date: dayjs.Dayjs; family: { name: string }[] }>("person-new");
    expect(draft?.full_name).toBe("Nguyễn Văn A");
    expect(dayjs.isDayjs(draft?.birth_date)).toBe(true);
    expect(draft?.birth_date.format("YYYY-MM-DD")).toBe("1990-05-17");
    expect(draft?.family).toEqual([{ name: "B" }]);
    clearDraft("person-new");
    expect(loadDraft("person-new")).toBeNull();
  });

  it("are separate per form and survive a broken entry", () => {
    saveDraft("a", { x: 1 });
    sessionStorage.setItem("cbccvc.draft.b", "{not json");
    expect(loadDraft("a")).toEqual({ x: 1 });
    expect(loadDraft("b")).toBeNull();
  });
});

describe("sign-out", () => {
  it("clears every draft of the tab and nothing else", async () => {
    const { clearAllDrafts, saveDraft, loadDraft } = await import("./drafts");
    saveDraft("person-new", { full_name: "Nguyễn Văn A" });
    saveDraft("transfer-case-new", { kind: "transfer" });
    sessionStorage.setItem("other.key", "kept");
    clearAllDrafts();
    expect(loadDraft("person-new")).toBeNull();
    expect(loadDraft("transfer-case-new")).toBeNull();
    expect(sessionStorage.getItem("other.key")).toBe("kept");
  });
});
