const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses Chinese numerals up to 99 (一, 十, 十一, 二十三) or ASCII/full-width digits; null otherwise. */
export function parseChineseNumeral(raw: string): number | null {
  const s = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d{1,3}$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(s)) return null;
  const tenAt = s.indexOf("十");
  if (tenAt === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  if (s.lastIndexOf("十") !== tenAt) return null;
  const tensPart = s.slice(0, tenAt);
  const onesPart = s.slice(tenAt + 1);
  const tens = tensPart === "" ? 1 : DIGITS[tensPart];
  const ones = onesPart === "" ? 0 : DIGITS[onesPart];
  if (tens === undefined || ones === undefined || tensPart.length > 1 || onesPart.length > 1) return null;
  return tens * 10 + ones;
}

/** Formats 1..99 as Chinese numerals (一, 十, 十一, 二十). */
export function formatChineseNumeral(n: number): string {
  const names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n < 10) return names[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : names[tens]}十${ones === 0 ? "" : names[ones]}`;
}
