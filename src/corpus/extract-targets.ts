import type { Target } from "./clause-schema.js";

// Grammar of Chinese target sentences, not vocabulary of any one document.
const NUM = String.raw`(\d+(?:\.\d+)?)(?:至(\d+(?:\.\d+)?))?`;
const UNIT = String.raw`(%|亿元|万元|元|万吨\/年|吨\/年|万吨|吨|万千瓦|千瓦|亿千瓦时|万千瓦时|个|户|家|项|座|条|倍|人|所|平方米|公顷|亩)`;
const VERB = String.raw`(达到|提高到|提高至|提升到|提升至|达|提高|提升|超过|不低于|不少于|突破|降低到|降低至|降低|下降|控制在)?`;
const TAIL = String.raw`(以上|以下|左右|以内)?`;
const TARGET_RE = new RegExp(`^(.*?)${VERB}${NUM}${UNIT}${TAIL}(.*)$`);
const ZERO_RE = /^(.*?)(?:实现|全面|基本)?清零$/;
const YEAR_RE = /到(\d{4})年(?:底|末)?/;
const COUNTER_UNITS = new Set(["个", "户", "家", "项", "座", "条", "人", "所"]);
const LEADING_VERBS = /^(?:力争|培育|建成|形成|实现|确保|推动|全省力争)+/;

/**
 * Extracts quantitative targets ("到2027年……达800亿元以上") from normalized clause text. A year
 * stated once carries to the following sentences of the same clause until another year appears.
 */
export function extractTargets(text: string): Target[] {
  const targets: Target[] = [];
  let year: number | null = null;
  for (const sentence of text.split("。")) {
    const y = sentence.match(YEAR_RE);
    if (y) year = Number(y[1]);
    if (year === null) continue;
    for (const segment of splitSegments(sentence)) {
      const target = readTarget(segment, year);
      if (target) targets.push(target);
    }
  }
  return targets;
}

function splitSegments(sentence: string): string[] {
  const out: string[] = [];
  for (const raw of sentence.split(/[，；：]/)) {
    const seg = raw.replace(YEAR_RE, "").trim();
    if (!seg) continue;
    // "建成2至3个…集群、1个…集群" holds two targets; split on 、 only when every piece has a figure.
    const parts = seg.split("、");
    if (parts.length > 1 && parts.every((p) => TARGET_RE.test(p))) out.push(...parts);
    else out.push(seg);
  }
  return out;
}

function readTarget(segment: string, year: number): Target | null {
  const zero = segment.match(ZERO_RE);
  if (zero && !TARGET_RE.test(segment)) {
    const metric = cleanMetric(zero[1] ?? "");
    if (!metric) return null;
    return {
      year, metric, value: 0, valueText: "清零", unit: "", comparator: "zero", comparatorText: "清零", source: segment,
    };
  }
  const m = segment.match(TARGET_RE);
  if (!m) return null;
  const [, before = "", verb = "", lo = "", hi, unit = "", tail = "", after = ""] = m;
  // "建成2至3个两百亿级铝产业集群": with a counter the thing counted follows the figure.
  const metric = COUNTER_UNITS.has(unit) && after.trim() ? cleanMetric(after) : cleanMetric(before);
  if (!metric) return null;
  const comparator: Target["comparator"] =
    tail === "以上" || verb === "超过" || verb === "不低于" || verb === "不少于" || verb === "突破"
      ? "gte"
      : tail === "以下" || tail === "以内"
        ? "lte"
        : verb === "提高" || verb === "提升"
          ? "increase_by"
          : "reach";
  const target: Target = {
    year,
    metric,
    value: Number(lo),
    valueText: `${lo}${hi ? `至${hi}` : ""}${unit === "%" ? "%" : ""}`,
    unit,
    comparator,
    comparatorText: tail || verb || "达到",
    source: segment,
  };
  if (hi) target.valueMax = Number(hi);
  return target;
}

function cleanMetric(s: string): string {
  return s.trim().replace(LEADING_VERBS, "").trim();
}
