import type { Clause } from "../../corpus/clause-schema.js";
import { parseChineseNumeral } from "../../corpus/chinese-numerals.js";
import type { ConceptMatch } from "../../lexicon/lexicon.js";
import { clauseStates, type SlotAnalysis } from "./concept-slots.js";

/** "第二个", "第3条", "后面那个", "最后一个": which item of a list, and where the words stand. */
export interface Ordinal {
  /** 1-based position, or "last". */
  position: number | "last";
  /** 第二条 / 第三项 count clauses (or items) themselves: no noun follows to say what is counted. */
  countsClauses: boolean;
  start: number;
  end: number;
}

// A measure word (or the end of the ask) makes 第N an ordinal: 第三方, 第一时间 and 第二产业 are words.
const NUMBERED = /第([一二三四五六七八九十两\d]{1,3})(?:(个|条|项|款|点|家|类|种)|(?=[呢吗？?。，,\s]|$))/;
const LAST = /(?:最后|后面|后边|末尾|后)(?:那|这)?一?(?:个|条|项|家|种)/;
const FIRST = /(?:前面|头|最前面)(?:那|这)?一?(?:个|条|项|家|种)/;

export function findOrdinal(text: string): Ordinal | null {
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const n = parseChineseNumeral(numbered[1]!);
    if (n !== null && n > 0) return { position: n, countsClauses: /[条项款点]/.test(numbered[2] ?? ""), start: numbered.index, end: numbered.index + numbered[0].length };
  }
  for (const [re, position] of [[LAST, "last"], [FIRST, 1]] as const) {
    const m = re.exec(text);
    if (m) return { position, countsClauses: /[条项]$/.test(m[0]), start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * What an ordinal picked: a clause, or a thing the previous answer named (a figure it stated keeps the
 * clauses it came from: `clauseIds`).
 */
export type OrdinalTarget = { clause: Clause } | { thing: string; clauseIds?: readonly string[] };

export interface OrdinalContext {
  /** The follow-up's analysis (its concept mentions locate the noun after the ordinal). */
  analysis: SlotAnalysis;
  /** The previous answer's text and the clauses it cited, in the order shown. */
  previousAnswer: { text: string; clauseIds: readonly string[] } | undefined;
  /** What the previous question asked for (哪些【装备】): "第二个" without a noun counts those. */
  askedFor: readonly ConceptMatch[];
  /** The clause the conversation was about. */
  previousClause: Clause | undefined;
  /** The previous question asked for figures (targets): "第二个" without a noun counts the figures shown. */
  askedFigures?: boolean;
  clauses: readonly Clause[];
  /** The one query analysis, to read the things the previous answer listed. */
  analyze(text: string): SlotAnalysis;
}

/**
 * Resolves "第二个园区" / "第三个呢" / "后面那个" against what the user was just shown:
 * 1. the noun after the ordinal (or, without one, what the previous question asked for) names a kind of
 *    thing (园区, 装备) and the previous answer listed several of them (清镇经开区、兴仁经开区…) → that one;
 * 2. the previous answer cited several clauses → that clause of the list;
 * 3. otherwise the clause of that number in the part the conversation is in, counting only clauses about
 *    the noun when there is one (第二个集群 → 二（二）).
 * `nounEnd` is where the noun after the ordinal ends (the words the rewrite replaces).
 */
export function resolveOrdinal(ordinal: Ordinal, ctx: OrdinalContext): { target: OrdinalTarget; nounEnd: number } | null {
  const noun = ordinal.countsClauses ? undefined : ctx.analysis.concepts.find((m) => m.start >= ordinal.end && m.start - ordinal.end <= 1);
  const nounEnd = noun?.end ?? ordinal.end;
  const pick = <T>(xs: readonly T[]): T | undefined => (ordinal.position === "last" ? xs.at(-1) : xs[ordinal.position - 1]);
  const counted = noun ?? (ordinal.countsClauses ? undefined : ctx.askedFor[0]);
  if (counted && ctx.previousAnswer) {
    const things = listedMembers(counted, ctx.previousAnswer.text, ctx.analyze);
    if (things.length >= 2) {
      const thing = pick(things);
      return thing ? { target: { thing }, nounEnd } : null;
    }
  }
  // "第二个是指啥的比例" after "到2027有啥硬指标": the second figure the answer stated, with its clauses.
  if (!noun && !ordinal.countsClauses && ctx.askedFigures && ctx.previousAnswer) {
    const figures = statedFigures(ctx.previousAnswer.text);
    if (figures.length >= 2) {
      const thing = pick(figures);
      return thing ? { target: { thing, clauseIds: ctx.previousAnswer.clauseIds }, nounEnd } : null;
    }
  }
  const cited = [...new Set(ctx.previousAnswer?.clauseIds ?? [])]
    .map((id) => ctx.clauses.find((c) => c.clauseId === id && (!ctx.previousClause || c.docId === ctx.previousClause.docId)))
    .filter((c): c is Clause => c !== undefined);
  if (cited.length >= 2) {
    const clause = pick(cited);
    return clause ? { target: { clause }, nounEnd } : null;
  }
  const prev = ctx.previousClause;
  if (!prev) return null;
  const part = prev.clauseId.split(".")[0]!;
  // "第二个集群": the second clause of the part that is about a 集群, not merely its second clause.
  const inPart = ctx.clauses.filter((c) => c.docId === prev.docId && c.clauseId.startsWith(`${part}.`) && (!noun || clauseStates(c, [noun])));
  const clause = pick(inPart);
  return clause ? { target: { clause }, nounEnd } : null;
}

/**
 * The members of the noun's kind (parks for 园区) the previous answer named, in the order shown; the
 * answer's first line (its direct sentence) is read first, the quotes only when it lists none.
 */
function listedMembers(noun: ConceptMatch, answer: string, analyze: OrdinalContext["analyze"]): string[] {
  const [firstLine = ""] = answer.split("\n");
  for (const text of [firstLine, answer]) {
    const a = analyze(text);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const m of a.concepts) {
      if (!m.concept.broader.includes(noun.concept.id) || seen.has(m.concept.id)) continue;
      seen.add(m.concept.id);
      out.push(a.text.length === a.folded.length ? a.text.slice(m.start, m.end) : m.concept.label);
    }
    if (out.length >= 2) return out;
  }
  return [];
}

/**
 * The figures the previous answer's direct sentence stated, each as the phrase stating it ("智能工厂普及率
 * 达到40%以上"), in the order shown: its comma-separated phrases holding a number. Citation marks and the
 * clause it quotes from ("根据第四部分「…」：") are not figures.
 */
function statedFigures(answer: string): string[] {
  const [firstLine = ""] = answer.split("\n");
  const sentence = firstLine.replace(/〔[^〕]*〕/g, "").replace(/^[^：:]*「[^」]*」[：:]/, "");
  return sentence
    .split(/[，,；;。]/)
    .map((p) => p.trim())
    .filter((p) => /\d/.test(p.replace(/(?:19|20)\d{2}\s*年/g, "")));
}
