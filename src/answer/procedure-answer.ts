import type { Clause } from "../corpus/clause-schema.js";
import type { Concept } from "../lexicon/concept-schema.js";
import { detailCues } from "../lexicon/data/detail-cues.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Citation } from "../reply/reply-schema.js";
import { foldText } from "../text/fold-text.js";
import { detailCue, statesDetail } from "../understanding/asked-detail.js";
import { buildCitation } from "./build-citation.js";
import type { ScoredSentence } from "./select-sentences.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Procedure questions ("新建电解铝项目要办哪些手续", "扩建氧化铝厂要走什么程序", "分几步走"): the answer is the
 * sentences that state a step or a condition, gathered across the clauses that apply, and one sentence on
 * the practical details the document does not give (forms, time limits, where to apply).
 */

/** At most this many quotes in an answer (as compose-offline-answer's MAX_QUOTES). */
const MAX_QUOTES = 4;

/**
 * The lexicon concept whose narrower concepts are the assessments every new or expanded project goes
 * through (节能评估审查、环境影响评价、水资源论证、节水评价): a step of any project's procedure, whichever
 * clause is about the project type.
 */
const PROJECT_ASSESSMENTS = "project-assessments";
/** A sentence states the assessments when it names at least this many of them (one alone is a passing mention). */
const MIN_ASSESSMENTS = 2;
/** Concept kinds that say the question is about building something (a project type, building new). */
const PROJECT_KINDS: ReadonlySet<string> = new Set(["project-type"]);
const BUILD_CONCEPTS: ReadonlySet<string> = new Set(["new-construction"]);

/**
 * Words a sentence states a step or a condition with: the detail cues' own words for criteria (须、不得、
 * 原则上…), applying (办理、手续) and steps (程序、步骤) — one vocabulary with the scope decision's.
 */
// 以上/以下 state a threshold of a target ("到2027年…20%以上"), not a condition of acting.
const STEP_WORDS: readonly string[] = [...new Set((["criteria", "apply", "window"] as const).flatMap((n) => detailCue(n).stated))].filter((w) => w !== "以上" && w !== "以下");
/** The concept of approvals themselves (批建手续、审批、备案): asking for them is asking an administrative procedure. */
const APPROVALS = "approval-procedures";

/**
 * Whether the steps asked are an administrative procedure — building a project, getting approvals — whose
 * forms and time limits an asker needs, as against the stages of a programme ("智能化改造分几步走").
 */
export function asksAdministration(named: readonly Concept[]): boolean {
  return named.some((c) => PROJECT_KINDS.has(c.kind) || BUILD_CONCEPTS.has(c.id) || c.id === APPROVALS || c.broader.includes(PROJECT_ASSESSMENTS) || c.id === PROJECT_ASSESSMENTS);
}

export function statesStep(sentence: string): boolean {
  const f = foldText(sentence);
  return STEP_WORDS.some((w) => f.includes(w));
}

/**
 * The answer's quotes for a procedure question: the first (the direct sentence) always; of the others, the
 * ones that state a step or condition ("鼓励…兼并重组" is no step of building a smelter); then, for steps
 * asked of building a project (a lexicon given: the caller passes none when only conditions are asked —
 * "有啥门槛" is the project type's own clause), the sentence naming the assessments every project goes
 * through, from whichever clause states it — up to MAX_QUOTES, the last quote giving way to it.
 */
export function procedureQuotes(citations: readonly Citation[], named: readonly Concept[], clauses: readonly Clause[], lexicon: Lexicon | undefined): Citation[] {
  const [first, ...rest] = citations;
  if (!first) return [...citations];
  const out = [first, ...rest.filter((c) => statesStep(c.quote))];
  if (!asksAdministration(named) || !lexicon) return out.slice(0, MAX_QUOTES);
  const extra = assessmentsSentence(clauses, lexicon);
  if (!extra || out.some((c) => c.clauseId === extra.clauseId && foldText(c.quote) === foldText(extra.quote))) return out.slice(0, MAX_QUOTES);
  return [...out.slice(0, MAX_QUOTES - 1), extra];
}

function assessmentsSentence(clauses: readonly Clause[], lexicon: Lexicon): Citation | null {
  const narrower = lexicon.concepts.filter((c) => c.broader.includes(PROJECT_ASSESSMENTS));
  if (narrower.length < MIN_ASSESSMENTS) return null;
  let best: { clause: Clause; sentence: string; n: number } | null = null;
  for (const clause of clauses) {
    for (const sentence of splitSentences(clause.text)) {
      const f = foldText(sentence);
      const n = narrower.filter((c) => lexicon.forms(c.id, "own").some((x) => x.length >= 3 && f.includes(x))).length;
      if (n >= MIN_ASSESSMENTS && (!best || n > best.n)) best = { clause, sentence, n };
    }
  }
  return best ? buildCitation(best.clause, best.sentence) : null;
}

/**
 * One sentence on the practical details of a procedure that no cited clause gives (detail cues with a
 * `gap` name: 申报材料或表格、办理时限…), or "" when they give them all.
 */
export function procedureGapSentence(citations: readonly Citation[], clauses: readonly Clause[]): string {
  const cited = new Set(citations.map((c) => `${c.docId}#${c.clauseId}`));
  const texts = clauses.filter((c) => cited.has(`${c.docId}#${c.clauseId}`)).map((c) => foldText(c.text));
  const gaps = detailCues.details.filter((d) => d.gap && !texts.some((t) => statesDetail(d.name, t))).map((d) => d.gap!);
  return gaps.length ? `文件写的是上面这些条件和要求，没有给出${gaps.join("、")}。` : "";
}

/**
 * Words a sentence lays out stages with ("按照“机器换人—数字化车间—智能工厂”梯次培育路径"): the answer to
 * "分几步走", "按什么路径推" whichever sentence shares more words with the question.
 */
const SEQUENCE_WORDS: readonly string[] = ["—", "梯次", "路径", "分步", "逐步", "阶段", "步骤"];
/** Added to a stage sentence's score: about one shared topic word. */
const SEQUENCE_BONUS = 0.6;

/** The scored sentences with those laying out stages raised, for steps asked of something not administrative. */
export function favourSequence(scored: readonly ScoredSentence[]): ScoredSentence[] {
  return scored
    .map((s) => (SEQUENCE_WORDS.some((w) => s.sentence.includes(w)) ? { ...s, score: s.score + SEQUENCE_BONUS } : s))
    .sort((a, b) => b.score - a.score);
}
