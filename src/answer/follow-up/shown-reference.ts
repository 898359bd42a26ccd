import type { Clause } from "../../corpus/clause-schema.js";
import { foldText } from "../../text/fold-text.js";
import { clauseStates, specificMentions, type SlotAnalysis } from "./concept-slots.js";
import { followUpCues, type FollowUpCues } from "./follow-up-cues.js";

/** What a pointer to the previous answer refers to: the message without the pointer, and the clauses meant. */
export interface ShownReference {
  /** The message with the pointing words taken out ("那个铝土矿资源的要求具体怎么说" → "铝土矿资源的要求具体怎么说"). */
  text: string;
  /** The clauses of the previous answer that state what is pointed at. */
  clauseIds: string[];
  /** Pointed at in so many words ("上面说的"), not only by a demonstrative. */
  explicit: boolean;
}

/** The shortest word worth finding in a clause: one character matches anything. */
const MIN_WORD = 2;
/** The longest word read after a pointer ("三稀资源" of "那个三稀资源指什么"). */
const MAX_WORD = 8;
/**
 * A bare demonstrative points at something shown only through a word this rare in the document
 * (铝土矿资源, 三稀): "这种项目", "那个技术" use a common word for the subject under discussion instead.
 */
const RARE_CLAUSES = 2;

/**
 * "那个铝土矿资源的要求具体怎么说", "上面说的稀贵金属有哪些", "那个三稀资源指什么": a demonstrative or
 * "上面说的" in front of words that the clauses just shown contain points at those clauses, whether or
 * not the words name anything the lexicon knows. The words after the pointer are matched against the
 * previous answer's clauses, longest first; null when none of them holds them (the message then asks
 * about something new and is read as it stands).
 */
export function findShownReference(
  body: string,
  /** The previous question: a word it wrote is its subject, which the pointer names ("这种项目"), not something shown. */
  previousQuestion: string,
  analysis: SlotAnalysis,
  shownClauses: readonly Clause[],
  /** Every clause of the document, to tell a rare word from a common one. */
  allClauses: readonly Clause[],
  cues: FollowUpCues = followUpCues,
): ShownReference | null {
  if (shownClauses.length === 0) return null;
  // A document named ("这个文件") is the document itself, not a clause just shown.
  if (specificMentions(analysis).some((m) => m.concept.kind === "document")) return null;
  const pointers = [
    ...cues.shownReference,
    // "里面提到遵义没有", "其中哪些是鼓励的": inside what was shown.
    ...cues.containment.filter((d) => !/^[a-z]/i.test(d)),
    ...cues.demonstrative.filter((d) => !/^[a-z]/i.test(d) && !cues.topicMarker.includes(d)),
    ...cues.pronoun.filter((d) => !/^[a-z]/i.test(d)),
  ].sort((a, b) => b.length - a.length);
  const pointer = pointers.map((p) => ({ p, at: body.indexOf(p) })).find((x) => x.at >= 0);
  if (!pointer) return null;
  const explicit = cues.shownReference.includes(pointer.p) || cues.containment.includes(pointer.p);
  const asked = foldText(previousQuestion);
  const after = body.slice(pointer.at + pointer.p.length).replace(/^的/, "");
  const corpus = allClauses.map((c) => foldText(`${c.title}|${c.text}`));
  const rare = (w: string) => explicit || corpus.filter((t) => t.includes(w)).length <= RARE_CLAUSES;
  const texts = shownClauses.map((c) => ({ id: c.clauseId, folded: foldText(`${c.title}|${c.text}`) }));
  const head = foldText(after.slice(0, MAX_WORD));
  for (let n = head.length; n >= MIN_WORD; n--) {
    const word = head.slice(0, n);
    if (!/^[\u3400-\u9fff]/.test(word)) break;
    if (asked.includes(word)) return null;
    const ids = texts.filter((t) => t.folded.includes(word)).map((t) => t.id);
    if (ids.length > 0) return !rare(word) ? null : { text: `${body.slice(0, pointer.at)}${after}`.trim(), clauseIds: ids, explicit };
  }
  // The concepts named after an explicit pointer, in the clauses' own words (上面说的【稀贵金属】, 里面【电解槽】).
  if (!explicit) return null;
  const named = specificMentions(analysis).filter((m) => m.start >= analysis.folded.indexOf(foldText(after)) && !asked.includes(m.surface));
  const stating = named.length > 0 ? shownClauses.filter((c) => clauseStates(c, named)).map((c) => c.clauseId) : [];
  return stating.length > 0 ? { text: `${body.slice(0, pointer.at)}${after}`.trim(), clauseIds: stating, explicit } : null;
}
