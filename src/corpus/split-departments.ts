import { normalizeClauseText } from "./normalize-text.js";

export interface DepartmentList {
  /** Names in document order, first = lead by the usual convention. */
  names: string[];
  /**
   * Names the list says apply to every later list too ("以下均需市县人民政府落实,不再列出").
   * The document states this once; downstream clauses carry these as implicit.
   */
  carryForward: string[];
}

const CARRY_FORWARD_RE = /以下均(?:需|由)?|不再列出/;

/**
 * Splits the trailing responsibility parenthesis of a clause ("省工业和信息化厅、省发展改革委等部门,
 * 各市县人民政府,以下均需市县人民政府落实,不再列出") into department names. Generic: the only
 * vocabulary it knows is the grammar of such lists (、 and , separators, 等部门, 以下均需…不再列出).
 */
export function splitDepartments(inner: string): DepartmentList {
  const text = normalizeClauseText(inner);
  const pieces = text.split(/[、，,；;]/).map((p) => p.trim()).filter(Boolean);
  const names: string[] = [];
  const carryForward: string[] = [];
  for (const piece of pieces) {
    if (CARRY_FORWARD_RE.test(piece)) {
      // "以下均需市县人民政府落实" refers back to the entity listed just before it.
      const previous = names[names.length - 1];
      if (previous && !carryForward.includes(previous)) carryForward.push(previous);
      continue;
    }
    const name = piece.replace(/等(?:有关)?(?:部门|单位)$/, "").trim();
    if (name) names.push(name);
  }
  return { names, carryForward };
}

/**
 * True when a parenthesised string reads as a list of responsible bodies rather than an aside:
 * every item is short, none is a sentence.
 */
export function looksLikeDepartmentList(inner: string): boolean {
  const text = normalizeClauseText(inner);
  if (text.length < 2 || /[。！？]/.test(text)) return false;
  const items = text.split(/[、，,]/).map((p) => p.trim()).filter(Boolean);
  if (items.length === 0) return false;
  return items.every((item) => item.length <= 24);
}
