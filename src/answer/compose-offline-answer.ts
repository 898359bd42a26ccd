import type { Clause } from "../corpus/clause-schema.js";
import type { SynonymExpander } from "../retrieval/analysis/synonym-expander.js";
import type { RetrievalHit, RetrievalResult } from "../retrieval/retriever.js";
import type { AnswerDraft } from "./answer-draft.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import type { Concept } from "../lexicon/concept-schema.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import { CONTEXT_KINDS, namesSubject } from "../understanding/decide-scope.js";
import { composeClauseSummary, SUMMARY_SENTENCES } from "./compose-clause-summary.js";
import { composeQuotedAnswer } from "./compose-quoted-answer.js";
import { composeRefusal } from "./compose-refusal.js";
import { composeTargetAnswer } from "./compose-target-answer.js";
import { composeWhereAnswer } from "./compose-where-answer.js";
import { composeWhoAnswer } from "./compose-who-answer.js";
import type { DocumentOverview } from "./document-overview.js";
import { isChitChat } from "./is-chit-chat.js";
import { isJurisdiction } from "./jurisdiction.js";
import { buildQuestionFocus, measureRelevance, type TermSpecificity } from "./question-focus.js";
import { extractTopic, topicTerms } from "./question-terms.js";
import { renderAnswer } from "./render-answer.js";
import { readCondition, readVerdict, verdictOpening } from "./yes-no-verdict.js";
import { scoreSentences, type ScoredSentence } from "./select-sentences.js";
import { splitSentences } from "./split-sentences.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { describeTarget } from "../corpus/describe-target.js";
import { suggestFollowUps } from "./suggest-follow-ups.js";
import { asksAdministration, favourSequence, procedureGapSentence, procedureQuotes } from "./procedure-answer.js";

export interface AnswerRequest {
  /** The standalone question (follow-ups already rewritten). */
  question: string;
  retrieval: RetrievalResult;
  /** Clauses the conversation was about; they rank ahead of retrieval hits. */
  contextClauses?: readonly Clause[];
  /** The engine's analysis of `question` (retrieval.analysis when the retriever ran on it). */
  analysis?: QueryAnalysis;
  /**
   * "还有呢": answers this question already got in the conversation. Sentences they quoted are not quoted
   * again; the answer is what they did not show (the rest of a clause, the next-best clauses).
   */
  shown?: readonly string[];
  /** Clause ids the answer must come from ("上面说的稀贵金属": the clauses just shown), when any of them is retrieved or given as context. */
  within?: readonly string[];
}

const MAX_HITS = 5;

/**
 * The offline answer: deterministic, grounded only in the retrieved clauses. Each question type has
 * its own composer for the direct first sentence; anything they cannot answer falls back to the best
 * quoted sentences, and questions nothing supports get the out-of-scope reply.
 */
const POINTER_MIN_CONFIDENCE = 0.15;

export interface OfflineComposerDeps {
  overview: DocumentOverview;
  clauses: readonly Clause[];
  /** Corpus specificity of a term (createTermSpecificity); without it quotes keep score order. */
  specificity?: TermSpecificity;
  /** The lexicon, for the document's words of the concepts a question names. */
  lexicon?: Lexicon;
  /** Synonym groups, so 税收优惠 relates a quote about 所得税/增值税 to the question. */
  synonyms?: Pick<SynonymExpander, "expand">;
}

export function composeOfflineAnswer(req: AnswerRequest, deps: OfflineComposerDeps): AnswerDraft {
  const draft = composeContinued(req, deps) ?? composeDirect(req, deps);
  const analysis = req.analysis ?? req.retrieval.analysis;
  const notCovered = req.retrieval.scope?.scope === "partial" ? req.retrieval.scope.notCovered : [];
  if (draft.outOfScope || !analysis) return draft;
  // A yes/no question opens with the verdict its quotes state; a partial answer first says what the
  // document does not give. Both go before the direct sentence, which stays the first quote.
  // "有没有专项债" answered in part: the not-covered sentence says what it lacks; "有" would contradict it.
  const form = analysis.yesNoForm ?? "permission";
  const opens = analysis.kind === "yesno" && !SLOT_TYPES.has(draft.questionType) && !(form !== "permission" && notCovered.length);
  const said = opens ? verdictSentences(draft, analysis, req, deps) : [];
  const read = opens ? readVerdict(said) : null;
  // "比例是百分之一百吗" answered in part: the opening already says what is not given; "没有直接回答" would say it twice.
  // A conditional verdict names its condition, in the words of the sentence that sets it.
  const verdict = read && !(read === "unclear" && notCovered.length) ? verdictOpening(read, form, read === "conditional" ? readCondition(said) : null) : "";
  const preface = [...notCovered, notCovered.length ? "文件中相关的内容是：" : ""].join("");
  // Asked for steps and given what the document states, the asker also learns in one closing sentence
  // what it leaves out (forms, time limits): a policy is not a service guide. A partial answer's opening
  // already says what is missing.
  const gap = analysis.asksSteps === "steps" && asksAdministration(analysis.specific) && !notCovered.length && STEP_KINDS.has(analysis.kind) && !SLOT_TYPES.has(draft.questionType) ? procedureGapSentence(draft.citations, deps.clauses) : "";
  if (!verdict && !preface && !gap) return draft;
  return { ...draft, answer: `${preface}${verdict}${draft.answer}${gap ? `\n${gap}` : ""}`, ...(notCovered.length ? { notCovered: [...notCovered] } : {}) };
}

/** Opens the answer to "还有呢": what follows was not in the earlier answers. */
const MORE_PREFACE = "除上面已经列出的内容外，文件还写到：";
/** When everything related was shown: said, and the main point quoted again rather than refusing. */
const ALL_SHOWN_PREFACE = "文件中与此相关的内容上面已基本列出，要点是：";

/**
 * "还有呢": the question answered again without the sentences its earlier answers quoted — by quotes, since
 * a figure, department or summary composer would only find the same sentence again. Null when nothing was
 * shown (no continuation). An answer still out of scope, or with nothing left, never refuses a question
 * that was answered: it says so and quotes the main point again.
 */
function composeContinued(req: AnswerRequest, deps: OfflineComposerDeps): AnswerDraft | null {
  if (!req.shown?.length) return null;
  const shown = foldText(req.shown.join("\n"));
  // The direct sentence is shown with its clause marker before the full stop ("…集成化〔四（一）〕。").
  const unseen = (s: string) => !shown.includes(foldText(s).replace(/[。；;！!？?，,\s]+$/, ""));
  const analysis = req.analysis ?? req.retrieval.analysis;
  const quoted = analysis && ["target", "who", "clause"].includes(analysis.questionType) ? { ...analysis, questionType: "other" as const } : analysis;
  const more = composeDirect({ ...req, analysis: quoted }, deps, unseen);
  if (!more.outOfScope && more.citations.length > 0) return { ...more, answer: `${MORE_PREFACE}${more.answer}` };
  const again = composeDirect({ ...req, shown: undefined }, deps);
  return again.outOfScope ? again : { ...again, answer: `${ALL_SHOWN_PREFACE}${again.answer}` };
}
/** Asks whose answer can be a procedure's steps (not who, where, when, how much, a comparison). */
const STEP_KINDS: ReadonlySet<string> = new Set(["procedure", "yesno", "what", "list"]);
/** Answers that fill a slot (a department, a place, a figure, a clause) — neither a verdict nor steps open or close them. */
const SLOT_TYPES: ReadonlySet<string> = new Set(["who", "where", "target", "clause"]);

/**
 * The sentences a yes/no verdict is read from: the answer sentence, and the supporting quotes that
 * state everything it states of what was asked — "对确有必要建设的电解铝新（改、扩）建项目…" qualifies
 * "严禁违规新增电解铝产能"; a quote about another part of the question (落后铝土矿产能退出) does not.
 */
function verdictSentences(draft: AnswerDraft, analysis: QueryAnalysis, req: AnswerRequest, deps: OfflineComposerDeps): string[] {
  const [first, ...rest] = draft.citations.map((c) => foldText(c.quote));
  if (first === undefined) return [];
  const forms = analysis.specific.map((c) => documentForms(c, deps.lexicon, req.retrieval.hits));
  const stated = (s: string) => forms.map((f) => f.some((x) => s.includes(x)));
  const own = stated(first);
  return [first, ...rest.filter((s) => stated(s).every((v, i) => v || !own[i]))];
}

/** `keep` leaves out sentences ("还有呢": those already shown); every sentence is kept without it. */
function composeDirect(req: AnswerRequest, deps: OfflineComposerDeps, keep: (sentence: string) => boolean = () => true): AnswerDraft {
  const { overview } = deps;
  const { question, retrieval } = req;
  const analysis = req.analysis ?? retrieval.analysis;
  const subject = { question, topic: analysis?.topic ?? null, notCovered: retrieval.scope?.notCovered ?? [] };
  if (isChitChat(question)) return composeRefusal({ question, topic: null, notCovered: [] }, overview);
  // Out of scope: point at the nearest clauses (by title, never as a cited answer) when retrieval still
  // saw some relation; below this, pointers would be noise (铝价, 补贴金额 relate to nothing in the text).
  const nearest = retrieval.confidence >= POINTER_MIN_CONFIDENCE ? retrieval.hits.slice(0, 2).map((h) => h.clause) : [];
  if (retrieval.outOfScope && !req.contextClauses?.length) return composeRefusal(subject, overview, "offline", nearest);
  const merged = mergeHits(req.contextClauses ?? [], retrieval.hits);
  const inside = req.within?.length ? merged.filter((h) => req.within!.includes(h.clause.clauseId)) : [];
  const hits = inside.length > 0 ? inside : merged;
  // A figure the document does not state (a partial answer) is not looked for among its targets: the
  // answer quotes what the document does say about the topic instead.
  const partial = retrieval.scope?.scope === "partial";
  // The type is the engine's one analysis's; a request without any (a bare retrieval) is answered by quotes.
  const asked = analysis?.questionType ?? "other";
  const type = partial && asked === "target" ? "other" : asked;
  // The document's words for the concepts asked about count as the question's own terms: an English
  // or colloquial question ("边探边采") then ranks the sentence that states it (以探代采) first.
  const terms = questionTerms(question, analysis);
  // The province the document applies to (Guizhou) is no concept a sentence is chosen by.
  const named = (analysis?.specific ?? []).filter((c) => !isJurisdiction(c, deps.clauses));
  const conceptForms = named.map((c) => documentForms(c, deps.lexicon, hits));
  const emphasis = conceptEmphasis(named, analysis);
  const askedAt = new Set(named.flatMap((_, i) => (emphasis[i] === ASKED_EMPHASIS ? [i] : [])));
  // "还有呢": more of the answer is a sentence about every thing the question is about (not the category
  // it asks for, nor a place or department) — in its words or its clause's title ("提升节能降耗水平");
  // the next-best clause by score alone may be about something else (电力线缆 for 电解铝用电).
  const about = req.shown?.length ? named.flatMap((c, i) => (!askedAt.has(i) && !CONTEXT_KINDS.has(c.kind) ? [conceptForms[i]!] : [])) : [];
  const continues = (s: ScoredSentence) => about.every((forms) => forms.some((f) => foldText(`${s.clause.title}|${s.sentence}`).includes(f)));
  const kept = scoreSentences(hits, terms, type, conceptForms, emphasis).filter((s) => keep(s.sentence) && continues(s));
  // The rest of the clauses just shown answers before the next-best clauses do (the remaining items of a list).
  const shownIds = new Set(req.shown?.length ? (req.contextClauses ?? []).map((c) => c.clauseId) : []);
  const rest = kept.filter((s) => shownIds.has(s.clause.clauseId) && s.score > 0);
  const base = rest.length > 0 ? rest : kept;
  // "数字化改造分几步走": steps asked of a programme are the sentence that lays out its stages.
  const scored = analysis?.asksSteps === "steps" && !asksAdministration(named) ? favourSequence(base) : base;

  const draft = (direct: string, all: AnswerDraft["citations"], departments: AnswerDraft["departments"] = [], shownFrom = 0): AnswerDraft => {
    // Quotes added from a clause's text (stating sentences, other clauses) are left out by `keep` too.
    const citations = all.filter((c, i) => (i === 0 && shownFrom === 1) || keep(c.quote));
    return {
      answer: renderAnswer(direct, citations.slice(shownFrom)),
      citations,
      departments,
      outOfScope: false,
      mode: "offline",
      followUps: suggestFollowUps(type, citations, departments, deps.clauses),
      questionType: type,
    };
  };

  // "要扶持几家十亿级骨干企业": a count asked of a thing the document supports is still a figure asked.
  if (type === "target" || (type === "support" && analysis?.kind === "howmuch" && !partial)) {
    // A figure for another metric than the one named (再生铝比重 for 绿电占比) answers nothing.
    const metricForms = named.flatMap((c, i) => (c.kind === "metric" ? [conceptForms[i]!] : []));
    // "第四部分引言设定的2027年目标有哪些": a clause named is where the figures are read (as for places).
    const refIds = refClauseIds(analysis);
    const inRef = hits.filter((h) => refIds.has(h.clause.clauseId));
    // Asked for the list of them ("…的2027年目标有哪些"), every target of the named clause answers.
    const listed = analysis?.kind === "list" ? listClauseTargets(inRef.map((h) => h.clause), analysis.years) : null;
    if (listed) return draft(listed.direct, listed.citations);
    const a = (inRef.length ? composeTargetAnswer(question, terms, inRef, deps.clauses, metricForms) : null) ?? composeTargetAnswer(question, terms, hits, deps.clauses, metricForms);
    if (a) return draft(a.direct, a.citations);
  } else if (type === "who") {
    // Departments the question offers ("是工信厅牵头还是发改委牵头") are verdicts to give, not the topic.
    const offered = named.flatMap((c, i) => (c.kind === "department" ? [{ label: c.label, forms: conceptForms[i]! }] : []));
    const topical = conceptForms.filter((_, i) => named[i]!.kind !== "department");
    const a = composeWhoAnswer(terms, hits, topical, offered);
    if (a) return draft(a.direct, a.citations, a.departments);
  } else if (type === "where") {
    // "二（二）重点在哪些园区": a clause named is where the places are read, not the best place list anywhere.
    const refIds = refClauseIds(analysis);
    const inRef = scored.filter((s) => refIds.has(s.clause.clauseId));
    const a = (inRef.length ? composeWhereAnswer(inRef) : null) ?? composeWhereAnswer(scored);
    // "重点支持的汽车用铝材具体是哪些，主要放在哪个开发区": the clause's sentences stating the things named
    // (车身、传动系统、轮毂) follow the place sentence; the places alone answer half the question.
    const thingForms = named.flatMap((c, i) => (c.kind === "place" || c.kind === "park" ? [] : [conceptForms[i]!]));
    if (a) return draft(a.direct, withStatingSentences(a.citations, scored, thingForms));
  } else if (type === "clause" && hits[0]) {
    const s = composeClauseSummary(hits[0].clause, SUMMARY_SENTENCES, { clauses: deps.clauses, conceptForms });
    return { ...draft("", s.citations, s.departments), answer: s.answer };
  }
  // Scope is the retriever's judgement; the composer refuses only when nothing relates at all.
  const best = scored[0];
  if (!best || best.score <= 0) return composeRefusal(subject, overview, "offline", nearest);
  const focus = deps.specificity ? buildQuestionFocus(question, terms, deps.specificity, deps.synonyms) : undefined;
  const relevance = focus ? (sentence: string) => measureRelevance(focus, sentence) : undefined;
  const quoted = composeQuotedAnswer(scored, 3, type === "support" ? 0.6 : 0.8, relevance);
  // The direct sentence already is the first quote; show only the further ones below it.
  if (quoted) {
    // A sentence stating a narrower concept states the one asked (增值税即征即退 is a 税收优惠).
    // "税收方面文件给了哪几种【优惠】": an instrument named beside the one in the slot says which of them (税收),
    // and is asked as much as it.
    const askedKinds = new Set([...askedAt].map((i) => named[i]!.kind));
    const qualifying = analysis?.kind === "list" ? named.flatMap((c, i) => (!askedAt.has(i) && c.kind === "instrument" && askedKinds.has(c.kind) ? [i] : [])) : [];
    // "赤泥那玩意儿堆得到处都是，文件里打算怎么处理": one thing named and asked what or how of — the thing is
    // what is asked, and each clause stating it (三（二）赤泥处理装置, 五（二）减量化、无害化和资源化) answers part.
    const sole = soleSubject(analysis, named, askedAt);
    const askedForms = spansClauses(analysis, named)
      ? [...askedAt, ...qualifying].map((i) => narrowerForms(named[i]!, deps.lexicon, conceptForms[i]!))
      : sole >= 0 ? [narrowerForms(named[sole]!, deps.lexicon, conceptForms[sole]!)] : [];
    const stating = withStatingSentences(quoted.citations, scored, [...conceptForms, ...topicThingForms(named, deps.lexicon)]);
    const asking = deps.specificity ? withAskedWords(stating, scored, topicTerms(extractTopic(analysis?.askText ?? question)), deps.specificity) : stating;
    const quotes = withOtherClauses(asking, hits, askedForms);
    // "新建电解铝项目要办哪些手续": the steps and conditions, across the clauses that state them.
    const steps = analysis?.kind === "procedure" && analysis.asksSteps ? procedureQuotes(quotes, named, deps.clauses, analysis.asksSteps === "steps" ? deps.lexicon : undefined) : quotes;
    return draft(quoted.direct, steps, [], 1);
  }
  return composeRefusal(subject, overview, "offline", nearest);
}

/**
 * The concept in the ask's slot (支持建哪几类【研发平台】) counts this many times another; one named only in
 * a long message's background (我们正在搞高强高导的铝合金) counts BACKGROUND_SHARE: the sentence stating
 * what is asked answers, not the one about the asker.
 */
const ASKED_EMPHASIS = 2;
const BACKGROUND_SHARE = 0.5;

function conceptEmphasis(named: readonly Concept[], analysis: QueryAnalysis | undefined): number[] {
  // A metric in the slot ("Which size of cells…") says what is asked of the thing, not what to look for.
  const asked = new Set((analysis?.asked ?? []).filter((c) => c.kind !== "metric").map((c) => c.id));
  const inAsk = analysis?.askText ? new Set(analysis.askConcepts.map((c) => c.id)) : null;
  return named.map((c) => (asked.has(c.id) && (!inAsk || inAsk.has(c.id)) ? ASKED_EMPHASIS : inAsk && !inAsk.has(c.id) ? BACKGROUND_SHARE : 1));
}

/**
 * The question's topic terms. In a long message the asking sentences say what is asked ("文件里企业数字化是
 * 按什么路径一步步推的？") more than the background before them (我们是做工业软件的，想做数字化改造方案),
 * which still tells what the asker is about (刚评上专精特新): the asking sentences' terms count twice
 * (overlapScore counts a term once per listing).
 */
function questionTerms(question: string, analysis: QueryAnalysis | undefined): string[] {
  const all = topicTerms(extractTopic(question));
  if (!analysis?.askText) return all;
  return [...all, ...topicTerms(extractTopic(analysis.askText))];
}

/** At most this many quotes in an answer: every clause but the notice has five sentences or fewer. */
const MAX_QUOTES = 4;

/**
 * The answer's quotes plus the other sentences of its clause that state a concept the question names
 * ("铝土矿开发有什么要求": every 三（一） sentence about 开采, 以探代采 included), added in text order, up to
 * MAX_QUOTES: a score-based pick of three can stop before the sentence that holds the fact asked for.
 */
function withStatingSentences(citations: AnswerDraft["citations"], scored: readonly ScoredSentence[], conceptForms: readonly (readonly string[])[]): AnswerDraft["citations"] {
  const first = citations[0];
  if (!first || citations.length >= MAX_QUOTES || conceptForms.length === 0) return citations;
  const quoted = new Set(citations.map((c) => foldText(c.quote)));
  const clause = scored.find((s) => s.clause.clauseId === first.clauseId)?.clause;
  if (!clause) return citations;
  const extra = splitSentences(clause.text).filter((s) => {
    const f = foldText(s);
    return ![...quoted].some((q) => q.includes(f) || f.includes(q)) && conceptForms.some((forms) => forms.some((x) => f.includes(x)));
  });
  const added = extra.map((s) => buildCitation(clause, s)).filter((c): c is NonNullable<typeof c> => c !== null);
  return [...citations, ...added].slice(0, MAX_QUOTES);
}

/** A term in at most a few corpus sentences (weigh ≥ this): 退出, 品位 — not 政策 or 企业. */
const DISTINCTIVE = 2.5;

/**
 * The answer's quotes plus, up to MAX_QUOTES, the sentences of its clause holding a distinctive word
 * of the ask that no quote holds yet: "政策对中低品位矿怎么说，会不会被要求退出？" asks two things, and the
 * clause's 退出 sentence answers the second however the first scored.
 */
function withAskedWords(citations: AnswerDraft["citations"], scored: readonly ScoredSentence[], askTerms: readonly string[], specificity: TermSpecificity): AnswerDraft["citations"] {
  const first = citations[0];
  if (!first || citations.length >= MAX_QUOTES) return citations;
  const clause = scored.find((s) => s.clause.clauseId === first.clauseId)?.clause;
  if (!clause) return citations;
  const quoted = () => out.map((c) => foldText(c.quote)).join("|");
  const out = [...citations];
  let missing = [...new Set(askTerms)].filter((t) => /^[\u3400-\u9fff]{2}$/.test(t) && specificity.occurs(t) && specificity.weigh(t) >= DISTINCTIVE && !quoted().includes(t));
  for (const s of splitSentences(clause.text)) {
    if (out.length >= MAX_QUOTES || missing.length === 0) break;
    const f = foldText(s);
    if (quoted().includes(f) || !missing.some((t) => f.includes(t))) continue;
    const c = buildCitation(clause, s);
    if (!c) continue;
    out.push(c);
    missing = missing.filter((t) => !f.includes(t));
  }
  return out;
}

/**
 * Whether the answer may gather the asked thing from several clauses: the question asks what there is
 * of it (a list, "what", whether any exists) and names nothing else in its asking part — "回收铝的企业有
 * 什么税收优惠" asks about the tax relief of recycling firms (one clause), "Which tax incentives are
 * mentioned" about all of them.
 */
function spansClauses(analysis: QueryAnalysis | undefined, named: readonly Concept[]): boolean {
  const asked = analysis?.asked.filter((c) => c.kind !== "metric") ?? [];
  if (!analysis || !asked.length) return false;
  // English "Which X are mentioned" carries no list cue of its own: "which" asks what there is, like 哪些.
  const asks = analysis.kind === "list" || (analysis.english && analysis.kind === "what") || analysis.yesNoForm === "existence";
  const askedIds = new Set(asked.map((c) => c.id));
  // An instrument named beside an asked instrument ("税收方面…哪几种优惠") narrows it; it is asked too.
  if (analysis.kind === "list" && asked.some((c) => c.kind === "instrument")) for (const c of named) if (c.kind === "instrument") askedIds.add(c.id);
  const inAsk = analysis.askText ? analysis.askConcepts : named;
  return asks && inAsk.every((c) => askedIds.has(c.id) || c.kind === "document");
}

/** Other clauses looked at for the asked thing: the retriever's best few. */
const OTHER_CLAUSE_RANKS = 3;

/**
 * The answer's quotes plus, up to MAX_QUOTES, the sentences of the other top clauses that state the
 * thing asked about ("Which tax incentives are mentioned": 五（一）'s 研发费用加计扣除 and 六（二）'s 企业所得税
 * 优惠、增值税即征即退; "文件对赤泥有什么方向": 三（二）'s 赤泥处理装置 and 五（二）'s 减量化、无害化和资源化): the
 * document states one thing in several clauses, and the best clause alone answers only part of it.
 */
function withOtherClauses(citations: AnswerDraft["citations"], hits: readonly RetrievalHit[], askedForms: readonly (readonly string[])[]): AnswerDraft["citations"] {
  const first = citations[0];
  if (!first || citations.length >= MAX_QUOTES || askedForms.length === 0) return citations;
  // Of two things asked (税收【优惠】), the more specific one decides: the one fewer clauses state.
  const stating = (forms: readonly string[]) => hits.filter((h) => forms.some((f) => foldText(h.clause.text).includes(f))).length;
  const decisive = askedForms.filter((forms) => stating(forms) > 0).sort((a, b) => stating(a) - stating(b))[0];
  if (!decisive) return citations;
  const out = [...citations];
  for (const hit of hits.slice(0, OTHER_CLAUSE_RANKS)) {
    const clause = hit.clause;
    if (out.some((c) => c.clauseId === clause.clauseId)) continue;
    for (const s of splitSentences(clause.text)) {
      if (out.length >= MAX_QUOTES) return out;
      const f = foldText(s);
      if (!decisive.some((x) => f.includes(x))) continue;
      const c = buildCitation(clause, s);
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * The folded forms a sentence states a concept in: its own words; only when no retrieved sentence
 * uses them, the words of what it is a kind of (铝箔 → 中高端合金制品). A narrow concept (以探代采) must
 * not match every sentence that names its broader one (铝土矿).
 */
function documentForms(c: Concept, lexicon: Lexicon | undefined, hits: readonly RetrievalHit[]): string[] {
  const long = (xs: readonly string[]) => xs.filter((f) => f.length >= 2);
  const own = long(lexicon ? lexicon.forms(c.id, "own") : [...new Set([...c.terms, ...c.variants].map(foldText))]);
  const texts = hits.map((h) => foldText(h.clause.text));
  if (own.some((f) => texts.some((t) => t.includes(f))) || !lexicon) return own;
  // None of its own forms is in these clauses: the terms of what it is a kind of, and of its narrower
  // concepts (税收优惠 is stated as 企业所得税优惠、增值税即征即退), decide.
  return long(lexicon.forms(c.id, "family"));
}

/**
 * A concept's own document forms plus, with a lexicon, the terms of every concept that is a kind of it —
 * not of what it is a kind of: 拜耳法 is no 氧化铝 sentence.
 */
function narrowerForms(c: Concept, lexicon: Lexicon | undefined, own: readonly string[]): string[] {
  if (!lexicon) return [...own];
  const lineage = new Set(lexicon.forms(c.id, "lineage"));
  const narrower = lexicon.forms(c.id, "family").filter((f) => f.length >= 2 && !lineage.has(f));
  return [...new Set([...own, ...narrower])];
}

function mergeHits(context: readonly Clause[], hits: readonly RetrievalHit[]): RetrievalHit[] {
  const seen = new Set<string>();
  const out: RetrievalHit[] = [];
  for (const h of [...context.map((clause) => ({ clause, score: 1 })), ...hits]) {
    const key = `${h.clause.docId}#${h.clause.clauseId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out.slice(0, MAX_HITS);
}


/** The clause ids the question names by reference (三（三） → 3.3, 第四部分 → 4). */
function refClauseIds(analysis: QueryAnalysis | undefined): Set<string> {
  return new Set((analysis?.refs ?? []).map((r) => (r.clause === null ? `${r.part}` : `${r.part}.${r.clause}`)));
}

/**
 * "第四部分引言设定的2027年目标有哪些": every target the named clauses set (for the years named, if any),
 * each in the parser's words, quoted from the sentence that states it; null when they set none.
 */
function listClauseTargets(clauses: readonly Clause[], years: readonly number[]): { direct: string; citations: AnswerDraft["citations"] } | null {
  const found = clauses.flatMap((clause) => clause.targets.filter((t) => !years.length || years.includes(t.year)).map((t) => ({ clause, t })));
  if (!found.length) return null;
  const citations: AnswerDraft["citations"] = [];
  for (const { clause, t } of found) {
    const sentence = splitSentences(clause.text).find((x) => x.includes(t.source)) ?? splitSentences(clause.text).find((x) => x.includes(t.valueText));
    const c = sentence ? buildCitation(clause, sentence) : null;
    if (c && !citations.some((x) => x.clauseId === c.clauseId && x.quote === c.quote)) citations.push(c);
  }
  const byClause = clauses.filter((c) => found.some((f) => f.clause === c));
  const direct = byClause
    .map((clause) => `${clause.label}「${clause.title}」提出的目标：${found.filter((f) => f.clause === clause).map((f) => `${f.t.year}年${describeTarget(f.t)}`).join("；")}${formatMarker(clause.label)}。`)
    .join("");
  return { direct, citations };
}

/** Asks that take a thing as their whole topic: what of it, how it is done, which of it there is. */
const TOPIC_KINDS: ReadonlySet<string> = new Set(["what", "procedure", "list"]);

/**
 * The index of the one thing a short question names, when nothing stands in its ask's slot and it asks
 * what or how of it ("赤泥怎么处理"); -1 otherwise (a long message, a yes/no question, two things named).
 */
function soleSubject(analysis: QueryAnalysis | undefined, named: readonly Concept[], askedAt: ReadonlySet<number>): number {
  if (!analysis || analysis.askText || askedAt.size || !TOPIC_KINDS.has(analysis.kind) || analysis.refs.length) return -1;
  const subjects = named.flatMap((c, i) => (namesSubject(c) ? [i] : []));
  return subjects.length === 1 ? subjects[0]! : -1;
}

/** Kinds of concept that are things a topic can be about (赤泥 for 赤泥综合利用). */
const THING_KINDS: ReadonlySet<string> = new Set(["material", "product", "process", "project-type"]);

/**
 * "赤泥综合利用有什么要求": a topic is about a thing (its broader 赤泥), and the answering clause's other
 * sentences on that thing (促进赤泥减量化、无害化和资源化) belong to the answer — the own forms of the things
 * the named topics are directly a kind of.
 */
function topicThingForms(named: readonly Concept[], lexicon: Lexicon | undefined): string[][] {
  if (!lexicon) return [];
  return named
    .filter((c) => c.kind === "topic")
    .flatMap((c) => lexicon.ancestors(c.id).filter((a) => c.broader.includes(a.id) && THING_KINDS.has(a.kind)))
    .map((a) => lexicon.forms(a.id, "own").filter((f) => f.length >= 2));
}
