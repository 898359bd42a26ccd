import type { Clause } from "./clause-schema.js";
import type { ClauseRef } from "./resolve-clause-ref.js";

/** "调结构那部分", "数字化改造这部分", "绿色发展的部分", "要素保障板块": a part named by words of its title. */
const PART_WORD = /(?:那|这|的)?(?:一)?(?:部分|板块)/g;
/** How many characters before 部分 may name the part. */
const WINDOW = 8;

/**
 * Parts named by their title's words instead of their number: people say "调结构那部分" for
 * 三、优化调整产业规模结构 and "数字化那部分" for 四、加快推进产业数字化智能化改造. The words before 部分 name a
 * part when they are, in order, characters of exactly one part's title (调…结构), at least two of them
 * standing together there — loose enough for abbreviations, strict enough that 部分企业 or 这部分产能
 * name nothing. "第三部分" is an ordinary reference (findClauseRefs), not read here.
 */
export function findPartTitleRefs(text: string, clauses: readonly Clause[]): ClauseRef[] {
  const titles = partTitles(clauses);
  if (titles.size === 0) return [];
  const refs: ClauseRef[] = [];
  for (const m of text.matchAll(PART_WORD)) {
    const before = text.slice(Math.max(0, m.index - WINDOW), m.index);
    if (/第[一二三四五六七八九十\d]{1,3}$/.test(before)) continue;
    const part = namedPart(before, titles);
    if (part !== null && !refs.some((r) => r.part === part)) refs.push({ docId: null, part, clause: null });
  }
  return refs;
}

/** The one part whose title the longest Han-character tail of `before` abbreviates, if any. */
function namedPart(before: string, titles: ReadonlyMap<number, string>): number | null {
  const tail = before.match(/[\u3400-\u9fff]+$/)?.[0] ?? "";
  for (let len = tail.length; len >= 2; len--) {
    const words = tail.slice(tail.length - len);
    const parts = [...titles].filter(([, title]) => abbreviates(words, title)).map(([part]) => part);
    if (parts.length === 1) return parts[0]!;
    if (parts.length > 1) return null;
  }
  return null;
}

/** `words` are characters of `title` in order, two of them adjacent there as in `words`. */
function abbreviates(words: string, title: string): boolean {
  let at = 0;
  for (const ch of words) {
    const i = title.indexOf(ch, at);
    if (i < 0) return false;
    at = i + 1;
  }
  for (let i = 0; i + 1 < words.length; i++) if (title.includes(words.slice(i, i + 2))) return true;
  return false;
}

/** Part number → part title, for every part after the notice. */
function partTitles(clauses: readonly Clause[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of clauses) {
    const part = Number(c.clauseId.split(".")[0]);
    if (part > 0 && c.partTitle && !out.has(part)) out.set(part, c.partTitle);
  }
  return out;
}
