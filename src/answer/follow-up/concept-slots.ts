import type { Clause } from "../../corpus/clause-schema.js";
import type { Concept } from "../../lexicon/concept-schema.js";
import { foldText } from "../../text/fold-text.js";
import type { ConceptMatch, Lexicon } from "../../lexicon/lexicon.js";
import type { QueryAnalysis } from "../../understanding/query-analysis.js";
import { namesTargets } from "../../understanding/target-concepts.js";
import { followUpCues } from "./follow-up-cues.js";

/** The part of the analysis the follow-up rewriting reads. */
export type SlotAnalysis = Pick<QueryAnalysis, "text" | "folded" | "concepts" | "specific" | "asked">;

/** A name containing a question word ("有什么政策") is part of the ask, not of what the question is about. */
const ASK_WORD = /什么|啥|哪|怎|多少|几/;

/** Mentions of the analysis' specific concepts, in text order, one per concept. */
export function specificMentions(a: SlotAnalysis): ConceptMatch[] {
  const ids = new Set(a.specific.map((c) => c.id));
  const seen = new Set<string>();
  return a.concepts.filter((m) => {
    if (!ids.has(m.concept.id) || seen.has(m.concept.id)) return false;
    seen.add(m.concept.id);
    return true;
  });
}

/**
 * What a question is about, as against what it asks for: its specific mentions except the category it
 * asks for ("再生铝项目能放在哪些【园区】" is about 再生铝项目; "电解铝企业电价有什么【保障】" about
 * 电解铝企业电价). The document itself ("this policy") is the subject only when nothing else is named.
 */
export function subjectMentions(a: SlotAnalysis): ConceptMatch[] {
  const all = specificMentions(a).filter((m) => !ASK_WORD.test(m.surface));
  const asked = new Set(askedFor(a).map((m) => m.concept.id));
  const outside = all.filter((m) => !asked.has(m.concept.id));
  const things = outside.filter((m) => m.concept.kind !== "document");
  return things.length > 0 ? things : outside.length > 0 ? outside : all;
}

/**
 * The things a follow-up names of its own: its specific mentions outside the ask's slot. Empty when it only
 * asks an aspect ("目标呢", "在哪些园区", "谁负责"), which then applies to the previous subject.
 */
export function ownMentions(a: SlotAnalysis): ConceptMatch[] {
  const asked = new Set(a.asked.map((c) => c.id));
  return specificMentions(a).filter((m) => !asked.has(m.concept.id));
}

/** The mentions a question asks *for* (the category after 哪些/which): its answer lists members of them. */
export function askedFor(a: SlotAnalysis): ConceptMatch[] {
  const words = [...followUpCues.askFor].sort((x, y) => y.length - x.length);
  return specificMentions(a).filter((m) => {
    const span = locate(a, m);
    if (!span) return false;
    const before = a.text.slice(Math.max(0, span.start - 6), span.start).toLowerCase().trimEnd();
    return words.some((w) => before.endsWith(w) || before.replace(/[的个些]$/, "").endsWith(w));
  });
}

/** Where a mention stands in the display text: its folded span where the forms align, else found by its surface. */
function locate(a: SlotAnalysis, m: ConceptMatch): { start: number; end: number } | null {
  if (a.text.length === a.folded.length) return { start: m.start, end: m.end };
  const at = a.text.toLowerCase().indexOf(m.surface);
  return at >= 0 ? { start: at, end: at + m.surface.length } : null;
}

/** How a mention reads in the message: its own words (a frame's words stand apart: its label). */
export function mentionText(a: SlotAnalysis, m: ConceptMatch): string {
  const span = m.via === "frame" ? null : locate(a, m);
  return span ? a.text.slice(span.start, span.end) : m.concept.label;
}

/** Replaces mentions of the analysed text, in the display text where every one can be found there. */
function replaceMentions(a: SlotAnalysis, edits: readonly { at: ConceptMatch; text: string }[]): string {
  const spans = edits.map((e) => ({ span: locate(a, e.at), text: e.text }));
  const inText = spans.every((s) => s.span !== null);
  let out = inText ? a.text : a.folded;
  const placed = spans.map((s, i) => ({ span: inText ? s.span! : { start: edits[i]!.at.start, end: edits[i]!.at.end }, text: s.text }));
  for (const e of placed.sort((x, y) => y.span.start - x.span.start)) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}

/** Two concepts are relatives when one is a kind of the other or both are kinds of the same thing. */
function related(a: Concept, b: Concept): boolean {
  return a.broader.includes(b.id) || b.broader.includes(a.id) || a.broader.some((x) => b.broader.includes(x));
}

/**
 * "那电解铝呢" after "氧化铝规模以后怎么定" → "电解铝规模以后怎么定": the previous standalone question with
 * each new concept put in place of a previous concept of the same kind, so the aspect asked (规模, 低碳技术)
 * is kept. Among several of the kind, a relative (锂 for 稀有金属) goes first, then the one asked about,
 * then the last named (the head of a Chinese noun phrase). The category the previous question asked for
 * is never replaced by one of its members ("哪些【园区】" → "what about 水城" is not "哪些水城").
 * Null when some new concept has no counterpart, or nothing would change.
 */
export function substituteConcepts(
  prev: SlotAnalysis,
  next: SlotAnalysis,
  mentions: readonly ConceptMatch[],
  lexicon?: Pick<Lexicon, "ofKind">,
): string | null {
  const candidates = specificMentions(prev);
  const prevIds = new Set(candidates.map((m) => m.concept.id));
  const askedIds = new Set(prev.asked.map((c) => c.id));
  const forIds = new Set(askedFor(prev).map((m) => m.concept.id));
  const used = new Set<ConceptMatch>();
  const edits: { at: ConceptMatch; text: string }[] = [];
  for (const n of mentions) {
    if (prevIds.has(n.concept.id)) continue;
    // A year or the targets ("到2027年") is when the thing is asked about, never a counterpart of the thing.
    const pool = candidates.filter(
      (c) =>
        c.concept.kind === n.concept.kind &&
        !used.has(c) &&
        !(forIds.has(c.concept.id) && n.concept.broader.includes(c.concept.id)) &&
        namesTargets(c.concept) === namesTargets(n.concept),
    );
    const pick = pool.find((c) => related(c.concept, n.concept)) ?? pool.find((c) => askedIds.has(c.concept.id)) ?? pool.at(-1);
    if (pick) {
      used.add(pick);
      edits.push({ at: pick, text: mentionText(next, n) });
      continue;
    }
    const facet = lexicon ? swapFacet(candidates.filter((c) => !used.has(c)), n, next, lexicon) : null;
    if (!facet) return null;
    used.add(facet.at);
    edits.push(facet);
  }
  return edits.length === 0 ? null : replaceMentions(prev, edits);
}

/**
 * "氧化铝的呢" after "原铝（铝液）就地转化率要求达到多少": no previous concept is of 氧化铝's kind, but
 * 原铝就地转化率 is the 就地转化率 *of* 原铝 (its broader links), and the lexicon has the 就地转化率 of
 * 氧化铝. The previous concept is replaced by that sibling (by its name): of the same kind, with the same
 * broader links except one, which is the new concept.
 */
function swapFacet(candidates: readonly ConceptMatch[], n: ConceptMatch, next: SlotAnalysis, lexicon: Pick<Lexicon, "ofKind">): { at: ConceptMatch; text: string } | null {
  for (const c of candidates) {
    const links = c.concept.broader;
    if (links.length < 2 || links.includes(n.concept.id)) continue;
    const sibling = lexicon
      .ofKind(c.concept.kind)
      .find((s) => s.id !== c.concept.id && s.broader.length === links.length && s.broader.includes(n.concept.id) && links.filter((b) => !s.broader.includes(b)).length === 1);
    if (sibling) return { at: c, text: siblingWords(sibling, mentionText(next, n)) };
  }
  return null;
}

/**
 * How to name the sibling so that it reads as itself and says the new thing: its name when that is one
 * of its forms, else its first form that holds the new thing's words (共伴生资源利用), else its name.
 */
function siblingWords(sibling: Concept, newWords: string): string {
  const forms = [...sibling.terms, ...sibling.variants];
  const candidates = [sibling.label, ...forms].filter((f) => forms.includes(f));
  return candidates.find((f) => f.includes(newWords)) ?? sibling.label;
}

/** Whether a clause's title names a concept ("培育打造…产业集群" names 集群): the clause is one of that kind. */
export function titleNames(clause: Clause, m: ConceptMatch): boolean {
  const title = foldText(clause.title);
  return [...m.concept.terms, ...m.concept.variants].map(foldText).some((f) => f.length >= 2 && title.includes(f));
}

/** The concepts of `next` that have a counterpart of the same kind in `prev` (the user swaps that thing). */
export function hasSameKindCounterpart(prev: SlotAnalysis, mentions: readonly ConceptMatch[]): boolean {
  const kinds = new Set(specificMentions(prev).map((m) => m.concept.kind));
  const ids = new Set(prev.specific.map((c) => c.id));
  return mentions.some((m) => kinds.has(m.concept.kind) && !ids.has(m.concept.id));
}

/** Whether a clause states any of the mentioned concepts in their own words. */
export function clauseStates(clause: Clause | undefined, mentions: readonly ConceptMatch[]): boolean {
  return clauseStatesConcepts(clause, mentions.map((m) => m.concept));
}

/** Whether a clause states any of the concepts in their own words. */
export function clauseStatesConcepts(clause: Clause | undefined, concepts: readonly Concept[]): boolean {
  if (!clause) return false;
  const text = foldText(`${clause.title}|${clause.text}`);
  return concepts.some((c) => [...c.terms, ...c.variants].map(foldText).some((f) => f.length >= 2 && text.includes(f)));
}
