import type { Clause } from "../corpus/clause-schema.js";
import { splitSentences } from "../answer/split-sentences.js";
import type { Concept } from "../lexicon/concept-schema.js";
import { ownForms } from "../lexicon/lexicon.js";
import { statedUnitClasses, type UnitClass } from "../retrieval/analysis/figure-question.js";
import type { ScopeJudgement } from "../retrieval/scope/judge-scope.js";
import { figureCues } from "../lexicon/data/figure-cues.js";
import { foldText } from "../text/fold-text.js";
import type { QueryAnalysis } from "./query-analysis.js";
import { detailCue, statesDetail } from "./asked-detail.js";
import type { Tuning } from "../tuning/tuning.js";
import { namesTargets } from "./target-concepts.js";

/**
 * full: the document answers the question. partial: it addresses the topic but not what exactly is
 * asked (an amount, a form, a price) — the reply says what it does say, cited, and what it does not.
 * none: the topic is one the document does not cover — the only case that is refused.
 */
export type ScopeKind = "full" | "partial" | "none";

/** Concept kinds that say where, by whom or in which text — not what is asked about. */
export const CONTEXT_KINDS: ReadonlySet<string> = new Set(["place", "park", "department", "document"]);

/**
 * True when a concept says what is asked about: any concept but a place, a department or the document
 * — except a fact the notice states in its own words (主送单位, 经省人民政府领导同志同意, 提出如下意见):
 * "Who is this notice addressed to?" asks about the notice. Naming the document as a whole (这个文件)
 * or its outline (主要内容, stated in no words of its own) still says only which text.
 */
export function namesSubject(c: Concept): boolean {
  if (!CONTEXT_KINDS.has(c.kind)) return true;
  return c.kind === "document" && !c.whole && c.terms.length > 0;
}

export interface ScopeDecision {
  scope: ScopeKind;
  /** Chinese sentences on what the document does not say (partial and none). */
  notCovered: string[];
  /** Why, for the bench and `retrieve --json`. */
  reason: "clause-ref" | "uncovered-topic" | "figure-not-stated" | "detail-not-stated" | "procedure-not-described" | "covered-concept" | "lexical" | "nothing-relates";
}

export type ScopeTuning = Tuning["scope"];

const FIGURE_WORDS: Record<UnitClass, string> = {
  money: "具体金额",
  percent: "具体比例",
  count: "具体数量",
  duration: "具体期限或时限",
  mass: "具体吨数",
};

/**
 * Refusal is decided, not guessed: a question is refused only when it names a topic the lexicon
 * records as not covered (and nothing the document does cover), or when it relates to nothing at
 * all. Every other question gets an answer; when it asks for something the best clause does not
 * state, the answer says so in one sentence.
 */
export function decideScope(a: QueryAnalysis, judged: ScopeJudgement, top: Clause | undefined, tuning: ScopeTuning): ScopeDecision {
  if (a.refs.length) return { scope: "full", notCovered: [], reason: "clause-ref" };
  if (!top) return { scope: "none", notCovered: [], reason: "nothing-relates" };
  const topText = foldText(`${top.title}|${top.text}`);
  const addressed = a.specific.filter((c) => ownForms(c).some((f) => topText.includes(f)));
  // A concept the document words only through what it is a kind of (贷款 → 金融机构) is addressed
  // where that wording stands: "贷款能贷几年" touches 六（三）'s 金融机构重点支持.
  const addressedBroadly = addressed.length > 0 || a.expansions.some((e) => e.length >= 2 && topText.includes(foldText(e)));
  if (a.uncovered.length) {
    const notCovered = a.uncovered.map((c) => c.notCovered!).filter(Boolean);
    // Another subject (云南的政策, 钢铁, 铝价) is refused whatever covered words come with it — unless a part
    // of the question of its own asks for what the document does say next to it ("铝价老是大起大落，政策上
    // 有啥办法帮企业扛风险": 价格风险 is the document's side of 铝价). Named in one phrase with it (铝土矿探明
    // 储量), the covered word only says whose figure is asked.
    if (a.uncovered.some((c) => !c.aspect && !asksNearApart(a, c) && !asksLeadApart(a, c))) return { scope: "none", notCovered, reason: "uncovered-topic" };
    // "电解铝企业的电价是多少": 电价 policy is covered (六（二）), its number is not → partial.
    // "牵头的是哪个部门，联系电话多少": who leads is stated (六（一）), the phone number is not → partial.
    return (a.specific.length && (addressedBroadly || judged.confidence >= tuning.threshold)) || a.uncovered.some((c) => asksLeadApart(a, c))
      ? { scope: "partial", notCovered, reason: "uncovered-topic" }
      : { scope: "none", notCovered, reason: "uncovered-topic" };
  }
  // What a question is about decides; where or who it concerns is context. A question naming only a
  // place, a department or the document ("贵阳北站附近有什么好吃的", "帮我写个周报…主要内容") is judged
  // by the lexical evidence alone; an English one, whose words the lexicon translates, needs a concept.
  const about = a.specific.filter(namesSubject);
  const lexical = judged.confidence >= tuning.threshold && !(a.english && about.length === 0);
  // "整个事情谁来牵头抓" names no topic, but who is in charge of the policy is something it states.
  // "市县是不是每条都要落实": what a named department must do is stated by the department lists (and the
  // notice's 请认真遵照执行), whatever the question's form.
  const leadCue = figureCues.leadCues.some((c) => a.folded.includes(c));
  const asksLead = leadCue && (a.kind === "who" ? top.departments.length > 0 : a.specific.some((c) => c.kind === "department"));
  const known = about.length > 0 || (a.specific.length > 0 && ["list", "where", "who"].includes(a.kind)) || lexical || asksLead;
  if (!known) return { scope: "none", notCovered: [], reason: "nothing-relates" };
  if (a.unknownYears.length && ["howmuch", "when", "what", "yesno"].includes(a.kind)) {
    return { scope: "partial", notCovered: [`文件没有给出${a.unknownYears.join("、")}年的目标或安排。`], reason: "figure-not-stated" };
  }
  // "400KA以下电解槽哪年之前退出": the clause says what happens, but names no year or date for it.
  if (a.kind === "when" && !/(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年内|期限/.test(topText)) {
    return { scope: "partial", notCovered: ["文件没有给出具体时间或期限。"], reason: "figure-not-stated" };
  }
  if (judged.signals.figureMismatch && a.figure) {
    return { scope: "partial", notCovered: [`文件没有给出${FIGURE_WORDS[a.figure]}。`], reason: "figure-not-stated" };
  }
  // "电价具体是多少", "即征即退能退百分之多少": the instrument is covered, but the sentence that states it
  // gives no number (of the kind asked) — the clause's other figures are about other things.
  const instruments = about.filter((c) => c.kind === "instrument");
  if ((a.figure || a.kind === "howmuch") && instruments.length && !instrumentFigureStated(top, instruments, a.figure)) {
    return { scope: "partial", notCovered: [`文件没有给出${a.figure ? FIGURE_WORDS[a.figure] : "具体数字"}。`], reason: "figure-not-stated" };
  }
  // "赤泥综合利用率到2027年要达到百分之多少": the clause states a percentage, but for another target
  // (能效标杆水平以上产能比例达到70%); what it says of 赤泥综合利用 (水平有效提高) gives none.
  // "铝土矿开采集中度要提高到多少": a how-much question of no named unit needs a figure of any kind there.
  if ((a.figure || a.kind === "howmuch") && !subjectFigureStated(top, figureSubjects(a, about), a.figure)) {
    return { scope: "partial", notCovered: [`文件没有给出${a.figure ? FIGURE_WORDS[a.figure] : "具体数字"}。`], reason: "figure-not-stated" };
  }
  // "专精特新企业的认定标准", "环评审批一般要多久", "离居民区要多少米": the sentences that state the topic
  // must give the detail asked for; when they do not, the answer says so and quotes what they say.
  const missing = a.details.filter((d) => !topicSentences(a, about, top).some((x) => statesDetail(d, x)));
  if (missing.length) {
    return { scope: "partial", notCovered: missing.map((d) => detailCue(d).notStated), reason: "detail-not-stated" };
  }
  if (judged.signals.procedureMismatch) {
    return { scope: "partial", notCovered: ["文件没有规定具体的申请或办理流程。"], reason: "procedure-not-described" };
  }
  return { scope: "full", notCovered: [], reason: a.specific.length ? "covered-concept" : "lexical" };
}

/** Clause separators: what stands between them is one phrase of the question. */
const SEGMENT_END = /[，,。；;？?！!、]/g;

/** True when a covered neighbour of the uncovered topic (its `near`: a subject, not a place or a generic word) is named in another part of the question. */
function asksNearApart(a: QueryAnalysis, uncovered: Concept): boolean {
  const segment = (at: number) => (a.folded.slice(0, at).match(SEGMENT_END) ?? []).length;
  const own = new Set(a.concepts.filter((m) => m.concept.id === uncovered.id).map((m) => segment(m.start)));
  const named = new Set(a.specific.filter((c) => !CONTEXT_KINDS.has(c.kind)).map((c) => c.id));
  return a.concepts.some((m) => uncovered.near.includes(m.concept.id) && named.has(m.concept.id) && !own.has(segment(m.start)));
}

/**
 * True when the uncovered topic is something of a department's (its `near` names one: 联系电话, 办公地址)
 * and another phrase of the question asks who is in charge (牵头, 负责): the document answers that part.
 * In the same phrase ("负责的处室电话") the cue only says whose number is asked.
 */
function asksLeadApart(a: QueryAnalysis, uncovered: Concept): boolean {
  if (!uncovered.near.some((id) => id.startsWith("dept-"))) return false;
  const segment = (at: number) => (a.folded.slice(0, at).match(SEGMENT_END) ?? []).length;
  const own = new Set(a.concepts.filter((m) => m.concept.id === uncovered.id).map((m) => segment(m.start)));
  return figureCues.leadCues.some((cue) => {
    for (let at = a.folded.indexOf(cue); at >= 0; at = a.folded.indexOf(cue, at + 1)) if (!own.has(segment(at))) return true;
    return false;
  });
}

/**
 * The clause's sentences (folded) that state what is asked about — the asked slot's concepts, else
 * those of the asking sentences, else every subject named; every sentence when none states them (the
 * topic is then stated in the document's other words, and the whole clause must give the detail).
 */
function topicSentences(a: QueryAnalysis, about: readonly Concept[], top: Clause): string[] {
  const sentences = splitSentences(top.text).map(foldText);
  const pick = (cs: readonly Concept[]) => cs.filter(namesSubject);
  const topic = [pick(a.asked), pick(a.askConcepts), about].find((cs) => cs.length > 0) ?? [];
  const forms = topic.flatMap(ownForms).filter((f) => f.length >= 2);
  const stating = sentences.filter((x) => forms.some((f) => x.includes(f)));
  return stating.length ? stating : sentences;
}

/**
 * True when a sentence of the clause that states one of the instruments also states a number (of the
 * asked kind, when one is named); also true when the clause does not state them at all (it is then
 * not this check's business: the figure signal of the whole clause decides).
 */
function instrumentFigureStated(top: Clause, instruments: readonly Concept[], figure: UnitClass | null): boolean {
  const forms = instruments.flatMap(ownForms).filter((f) => f.length >= 2);
  const sentences = splitSentences(top.text).map(foldText).filter((x) => forms.some((f) => x.includes(f)));
  if (sentences.length === 0) return true;
  return sentences.some((x) => {
    const stated = statedUnitClasses(x);
    return figure ? stated.has(figure) : stated.size > 0;
  });
}

/** Phrase separators inside a clause sentence: a target's figure stands in its own phrase (…达到70%,…). */
const PHRASE_END = /[，,。；;：:]/;

/** What a figure is asked of: the asked slot's subjects, else every subject named, but not 目标/2027年 themselves. */
function figureSubjects(a: QueryAnalysis, about: readonly Concept[]): Concept[] {
  const pick = (cs: readonly Concept[]) => cs.filter((c) => namesSubject(c) && !namesTargets(c));
  const asked = pick(a.asked);
  return asked.length ? asked : pick(about);
}

/**
 * False when a subject the clause names is given no figure of the asked kind (any kind, when none is
 * named) in any phrase that names
 * it; true otherwise (also when no subject is named in the clause: the clause-wide figure signal decides).
 */
function subjectFigureStated(top: Clause, subjects: readonly Concept[], figure: UnitClass | null): boolean {
  const phrases = foldText(top.text).split(PHRASE_END);
  return subjects.every((c) => {
    const forms = ownForms(c).filter((f) => f.length >= 2);
    const naming = phrases.filter((p) => forms.some((f) => p.includes(f)));
    return naming.length === 0 || naming.some((p) => (figure ? statedUnitClasses(p).has(figure) : statedUnitClasses(p).size > 0));
  });
}
