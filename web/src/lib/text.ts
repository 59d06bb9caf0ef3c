/** Lower case without Vietnamese diacritics ("Nguyễn Đức" -> "nguyen duc"), for matching typed text. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

/** True when every word typed appears in the text, with or without diacritics. */
export function matches(text: string, typed: string): boolean {
  const hay = fold(text);
  return fold(typed)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
