// The financial (大写) forms too – 叁拾万吨、伍佰千安 – as contracts and formal reports write them.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };

/**
 * A Chinese numeral as a number: 三十 → 30, 一百二十 → 120, 两百五 → 250 (colloquial: the trailing
 * digit counts in the next lower unit), 一百零五 → 105, 一万五千 → 15000, 二点五 → 2.5, 四〇〇 → 400.
 * null when the string is not a well-formed numeral.
 */
export function parseChineseNumber(s: string): number | null {
  const [intPart, fracPart, ...rest] = s.split("点");
  if (rest.length || intPart === undefined || intPart === "") return null;
  const whole = parseInteger(intPart);
  if (whole === null) return null;
  if (fracPart === undefined) return whole;
  if (fracPart === "" || [...fracPart].some((c) => DIGITS[c] === undefined)) return null;
  return Number(`${whole}.${[...fracPart].map((c) => DIGITS[c]).join("")}`);
}

function parseInteger(s: string): number | null {
  const parts = s.split("万");
  if (parts.length > 2) return null;
  if (parts.length === 2) {
    const high = parts[0] === "" ? 1 : parseSection(parts[0]!);
    const low = parts[1] === "" ? 0 : parseSection(parts[1]!);
    return high === null || low === null ? null : high * 10000 + low;
  }
  return parseSection(s);
}

/** One section below 万. A run of bare digits (四〇〇) reads positionally. */
function parseSection(s: string): number | null {
  const chars = [...s];
  if (chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return null;
  if (chars.length > 1 && chars.every((c) => DIGITS[c] !== undefined)) return Number(chars.map((c) => DIGITS[c]).join(""));
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null;
      if (d === 0) sawZero = true;
      else digit = d;
      continue;
    }
    const unit = UNITS[c]!;
    if (lastUnit && unit >= lastUnit) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
    sawZero = false;
  }
  if (digit !== null) total += lastUnit >= 100 && !sawZero ? digit * (lastUnit / 10) : digit;
  return total;
}

// Bounded: a real quantity is short, and an unbounded run makes the lookahead retry quadratic on
// long numeral-only input.
const NUMERAL = "[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟][零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟点]{0,15}";
/** A numeral directly before a capacity or current unit; a 万 ending the numeral belongs to 万吨. */
const QUANTITY_RE = new RegExp(`(${NUMERAL}(?:万${NUMERAL})?)(?=\\s*(?:万吨|吨|千安|ka))`, "giu");

/**
 * Rewrites Chinese numerals that quantify a capacity or a current as Arabic figures (三十万吨 →
 * 30万吨, 四百千安 → 400千安, 五百kA → 500kA), so one numeric reader serves both notations. Other
 * numerals (三评、一期) are left alone.
 */
export function arabizeQuantities(text: string): string {
  return text.replace(QUANTITY_RE, (run) => {
    const n = parseChineseNumber(run);
    return n === null ? run : String(n);
  });
}
