import type { Clause } from "./clause-schema.js";
import { parseChineseNumeral } from "./chinese-numerals.js";
import { foldWidth } from "./normalize-text.js";

const NUM = "[一二三四五六七八九十两\\d]{1,3}";

// Reference shapes, tried in order. Each yields a part and optionally a clause number.
const REF_PATTERNS: RegExp[] = [
  new RegExp(`^(\\d{1,2})[.．](\\d{1,2})$`),
  new RegExp(`^第?(${NUM})(?:部分|条|、)?\\s*[、，,]?\\s*(?:第(${NUM})[条项款点]|[（(](${NUM})[）)])$`),
  new RegExp(`^第(${NUM})部分$`),
  new RegExp(`^(${NUM})、?$`),
];

export interface ClauseRef {
  docId: string | null;
  part: number;
  clause: number | null;
}

/** Parses a clause reference in any common written form; null when the string is not one. */
export function parseClauseRef(raw: string): ClauseRef | null {
  let s = foldWidth(raw).trim().replace(/\s+/g, "").replace(/[〔〕\[\]【】]/g, "");
  let docId: string | null = null;
  const hash = s.indexOf("#");
  if (hash > 0) {
    docId = s.slice(0, hash);
    s = s.slice(hash + 1);
  }
  s = s.replace(/^(?:条款|条目)/, "");
  if (s === "0" || /^(?:通知|前言|序言|通知及前言)$/.test(s)) return { docId, part: 0, clause: null };
  for (const re of REF_PATTERNS) {
    const m = s.match(re);
    if (!m) continue;
    const part = parseChineseNumeral(m[1]!);
    const clauseRaw = m[2] ?? m[3];
    const clause = clauseRaw === undefined ? null : parseChineseNumeral(clauseRaw);
    if (part === null || (clauseRaw !== undefined && clause === null)) return null;
    return { docId, part, clause };
  }
  return null;
}

/**
 * Finds clause references embedded in a sentence ("三（三）讲了什么", "第五部分第二条的牵头部门"),
 * in order of appearance. Only forms that cannot be ordinary prose are accepted.
 */
export function findClauseRefs(text: string): ClauseRef[] {
  const s = foldWidth(text);
  const re = new RegExp(
    `(?:^|[^\\d.])(\\d{1,2})\\.(\\d{1,2})(?![\\d.%万亿千百十吨个户年月日元倍米度kKwW])|第(${NUM})部分(?:第(${NUM})[条项款点]|[（(](${NUM})[）)])?|(?<![一二三四五六七八九十])(${NUM})、?[（(](${NUM})[）)]`,
    "g",
  );
  const refs: ClauseRef[] = [];
  for (const m of s.matchAll(re)) {
    const partRaw = m[1] ?? m[3] ?? m[6];
    const clauseRaw = m[2] ?? m[4] ?? m[5] ?? m[7];
    const part = partRaw ? parseChineseNumeral(partRaw) : null;
    const clause = clauseRaw ? parseChineseNumeral(clauseRaw) : null;
    if (part !== null && part > 0) refs.push({ docId: null, part, clause });
  }
  return refs;
}

export type ResolveResult =
  | { ok: true; clause: Clause }
  | { ok: false; message: string; suggestions: Clause[] };

/**
 * Resolves a reference against loaded clauses. A part reference without clause number resolves to
 * the part's introduction, or to its first clause when the part has none.
 */
export function resolveClauseRef(raw: string, clauses: readonly Clause[]): ResolveResult {
  const ref = parseClauseRef(raw);
  if (!ref) {
    return {
      ok: false,
      message: `无法识别条款编号“${raw.trim()}”。可以写成 3.4、三（四）、第三部分第四条 等形式。`,
      suggestions: [],
    };
  }
  const docIds = [...new Set(clauses.map((c) => c.docId))];
  if (ref.docId && !docIds.includes(ref.docId)) {
    return { ok: false, message: `没有名为“${ref.docId}”的文档。已加载：${docIds.join("、")}。`, suggestions: [] };
  }
  const docId = ref.docId ?? docIds[0];
  const pool = clauses.filter((c) => c.docId === docId);
  const wanted = ref.clause === null ? String(ref.part) : `${ref.part}.${ref.clause}`;
  const exact = pool.find((c) => c.clauseId === wanted);
  if (exact) return { ok: true, clause: exact };
  if (ref.clause === null) {
    const first = pool.find((c) => c.clauseId.startsWith(`${ref.part}.`));
    if (first) return { ok: true, clause: first };
  }
  return { ok: false, message: `文件中没有条款“${raw.trim()}”。`, suggestions: suggestNearest(ref, pool) };
}

function suggestNearest(ref: ClauseRef, pool: readonly Clause[]): Clause[] {
  const distance = (c: Clause): number => {
    const [p = 0, n = 0] = c.clauseId.split(".").map(Number);
    return Math.abs(p - ref.part) * 10 + Math.abs(n - (ref.clause ?? 0));
  };
  return [...pool].filter((c) => c.clauseId !== "0").sort((a, b) => distance(a) - distance(b)).slice(0, 3);
}
