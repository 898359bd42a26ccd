import type { Target } from "./clause-schema.js";

/** "铝产业规上工业总产值达到800亿元以上" style Chinese rendering of a target, figures verbatim. */
export function describeTarget(t: Target): string {
  const figure = t.unit === "%" ? t.valueText : `${t.valueText}${t.unit}`;
  switch (t.comparator) {
    case "zero":
      return `${t.metric}清零`;
    case "increase_by":
      return `${t.metric}${t.comparatorText}${figure}`;
    case "gte":
    case "lte":
      return `${t.metric}${figure}${t.comparatorText === "以上" || t.comparatorText === "以下" || t.comparatorText === "以内" ? t.comparatorText : t.comparator === "gte" ? "以上" : "以下"}`;
    default:
      return `${t.metric}达到${figure}`;
  }
}

/** Compact symbol form for tables: ≥ 20%, ≤ 5, = 70%, +50%, 清零. */
export function formatTargetValue(t: Target): string {
  const figure = t.unit === "%" ? t.valueText : `${t.valueText}${t.unit}`;
  switch (t.comparator) {
    case "gte":
      return `≥ ${figure}`;
    case "lte":
      return `≤ ${figure}`;
    case "increase_by":
      return `提高 ${figure}`;
    case "zero":
      return "清零";
    default:
      return `达到 ${figure}`;
  }
}
