import { composeComparison, composeMentions, type ComparisonSide } from "../../answer/compose-aggregate.js";
import { clauseStatesConcepts } from "../../answer/follow-up/concept-slots.js";
import { pickTopicSentence } from "../../answer/list-reply-departments.js";
import { topicTerms } from "../../answer/question-terms.js";
import { splitSentences } from "../../answer/split-sentences.js";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Concept } from "../../lexicon/concept-schema.js";
import { ownForms } from "../../lexicon/lexicon.js";
import { foldText } from "../../text/fold-text.js";
import { resolveClauseRef } from "../../corpus/resolve-clause-ref.js";
import type { Retriever } from "../../retrieval/retriever.js";
import type { Reply } from "../../reply/reply-schema.js";
import type { QueryAnalyzer } from "../../understanding/create-query-analyzer.js";
import type { QueryAnalysis } from "../../understanding/query-analysis.js";
import { namesTargets } from "../../understanding/target-concepts.js";
import { makeReply } from "./make-reply.js";
import { isJurisdiction } from "../../answer/jurisdiction.js";

export interface AggregateDeps {
  clauses: readonly Clause[];
  retriever: Retriever;
  analyzer: QueryAnalyzer;
}

const PLACE_KINDS = new Set(["place", "park"]);
/** Places, departments, metrics and the document itself have answers of their own (assignments, duties, targets). */
const LISTED_ELSEWHERE = new Set(["place", "park", "department", "metric", "document"]);
const MAX_LISTED_CLAUSES = 6;
/** Concept kinds that can be a side of a comparison (things), as against what they are compared on. */
/**
 * Kinds of what a comparison can ask of each side that one sentence states (its parks, its departments);
 * a figure is found by the question's own cues, and a metric named (capacity) is no figure asked.
 */
const SLOT_KINDS: ReadonlySet<string> = new Set(["place", "park", "department"]);
/** Kinds of concept in the ask's slot that are what two sides are compared on (新建、扩建), not a slot to fill. */
const ASPECT_SLOT_KINDS: ReadonlySet<string> = new Set(["process"]);
const SIDE_KINDS = new Set(["project-type", "product", "material", "process", "technology", "place", "park", "instrument"]);

/**
 * Questions whose answer spans clauses: a comparison of two clauses or two concepts, and "what is
 * this place assigned" — null for every other question (the ordinary answer path takes it).
 */
export async function aggregateReply(a: QueryAnalysis, deps: AggregateDeps): Promise<{ reply: Reply; clauseIds: string[] } | null> {
  // "云南的产能置换政策跟贵州比哪个宽松": a side the document does not cover (another province, a price)
  // has no clause to quote; the ordinary path's scope decision refuses it or says what is not stated.
  if (a.uncovered.length) return null;
  if (a.kind === "compare") {
    const sides = await comparisonSides(a, deps);
    // "负责部门有啥不同": each side names its clause's departments, lead first.
    const composed = sides.length >= 2 ? composeComparison(sides, { departments: a.kinds.includes("who") }) : null;
    if (composed) return wrap(composed.answer, composed.citations);
  }
  // The province the document is issued for (its notice names it: 贵州省工业和信息化厅) is where the whole
  // document applies, not a place it assigns something to: "贵州搞铝有啥底子" is an ordinary question.
  // "星仁经开区" is 兴仁经开区 and 经开区: what a named concept is a kind of adds nothing to it.
  const named = a.specific.filter((c) => !a.specific.some((o) => o.id !== c.id && o.broader.includes(c.id)));
  const places = named.filter((c) => PLACE_KINDS.has(c.kind) && !isJurisdiction(c, deps.clauses));
  // "清镇那边都被安排了哪些产业集群": the place's mentions, among the clauses about what the slot asks for.
  const askedIds = new Set(a.asked.map((c) => c.id));
  const within = named.filter((c) => !places.includes(c));
  const placeOnly = within.every((c) => askedIds.has(c.id) && !LISTED_ELSEWHERE.has(c.kind));
  if (places.length === 1 && placeOnly && !a.refs.length && (a.kind === "list" || a.kind === "what")) {
    const composed = composeMentions(places[0]!, deps.clauses, within);
    if (composed) return wrap(composed.answer, composed.citations);
  }
  // "清镇经开区在三个产业集群里分别被安排了啥": what the place is given within a category that spans several
  // of its clauses (产业集群: 二（一）～二（三）) is a list of those mentions, though the category stands as
  // context, not in the ask's slot. Narrowed to one clause ("清镇的再生铝项目有哪些要求"), the ordinary answer
  // quotes the requirements instead.
  const category = within.length > 0 && within.every((c) => !LISTED_ELSEWHERE.has(c.kind));
  if (places.length === 1 && !placeOnly && category && !a.refs.length && a.kind === "list") {
    const composed = composeMentions(places[0]!, deps.clauses, within);
    const clauses = new Set(composed?.citations.map((c) => c.clauseId));
    if (composed && clauses.size >= 2 && within.every((c) => composed.citations.some((x) => clauseStatesConcepts(deps.clauses.find((k) => k.docId === x.docId && k.clauseId === x.clauseId), [c])))) return wrap(composed.answer, composed.citations);
  }
  // "哪些条款跟人才有关", "文件哪些地方提到赤泥": one thing named, the clauses that state it listed. A thing
  // stated in one clause gets the ordinary answer; one stated nearly everywhere says nothing to list.
  const things = a.specific.filter((c) => !LISTED_ELSEWHERE.has(c.kind));
  if (a.kind === "list" && a.asksMentions && things.length === 1 && !a.refs.length && a.specific.every((c) => c === things[0] || c.kind === "document")) {
    // The composer already finds the clauses that state it: count those instead of scanning again.
    const composed = composeMentions(things[0]!, deps.clauses);
    const stating = new Set(composed?.citations.map((c) => c.clauseId)).size;
    if (composed && stating >= 2 && stating <= MAX_LISTED_CLAUSES) return wrap(composed.answer, composed.citations);
  }
  return null;
}

/** A figure a target states (50%, 200万吨, 15户), not a digit in a name (5G). */
const FIGURE_RE = /\d+(?:\.\d+)?\s*(?:%|％|万|亿|吨|个|户|家|倍|ka)|[至到]\s*\d/i;

/**
 * The clause's sentence stating the side's figure: one naming the side, else — the clause chosen states
 * the side, in other words (智能矿山 as 矿山数字化率) — its first sentence with a figure.
 */
function figureSentence(clause: Clause, c: Concept): string | null {
  const forms = ownForms(c);
  const figured = splitSentences(clause.text).filter((x) => FIGURE_RE.test(x));
  return figured.find((x) => forms.some((f) => foldText(x).includes(f))) ?? figured[0] ?? null;
}

function wrap(answer: string, citations: Reply["citations"]) {
  return { reply: makeReply({ kind: "answer", answer, citations }), clauseIds: [...new Set(citations.map((c) => c.clauseId))] };
}

async function comparisonSides(a: QueryAnalysis, deps: AggregateDeps): Promise<ComparisonSide[]> {
  const terms = topicTerms(a.text);
  if (a.refs.length >= 2) {
    return a.refs.slice(0, 3).flatMap((ref) => {
      const r = resolveClauseRef(ref.clause === null ? `第${ref.part}部分` : `${ref.part}.${ref.clause}`, deps.clauses);
      const sentence = r.ok ? pickTopicSentence(r.clause, terms) : null;
      return r.ok && sentence ? [{ name: r.clause.title, clause: r.clause, sentences: [sentence] }] : [];
    });
  }
  // The sides are the things compared, not what they are compared on (重点园区, 负责部门 — the ask's
  // slot) nor what both are a kind of (产业集群 for two clusters).
  // In a long message the things compared are named where it asks, not in its background (园区规划汇报).
  const inAsk = a.askText ? a.specific.filter((c) => a.askConcepts.some((x) => x.id === c.id)) : [];
  // The province the document is for (贵州) is where both sides are, never a side or what they are compared on.
  const mentioned = (inAsk.length >= 2 ? inAsk : a.specific).filter((c) => c.kind !== "department" && !isJurisdiction(c, deps.clauses));
  const askedIds = new Set(a.asked.map((c) => c.id));
  const broaderOfOther = (c: (typeof mentioned)[number]) => mentioned.some((o) => o.id !== c.id && o.broader.includes(c.id));
  // Named once per side ("轻量化那个集群和合金制品那个集群"), a concept is the category both belong to.
  // "原铝铝液" names one thing twice in a row: mentions that touch count once.
  const perSide = (c: (typeof mentioned)[number]) =>
    a.concepts.filter((m) => m.concept.id === c.id).filter((m, i, all) => i === 0 || m.start - all[i - 1]!.end > ADJACENT_GAP).length >= 2;
  const narrowed = mentioned.filter((c) => !askedIds.has(c.id) && !broaderOfOther(c) && !perSide(c));
  // "Compare the local conversion targets for primary aluminium and for alumina": the things compared
  // are the named things; a metric or topic named with them (就地转化率, 目标) is what they are compared on.
  // "氧化铝生产和电解铝生产推广的低碳技术有啥 difference" puts all three in the slot: the sides are then
  // found among everything named.
  const pool = narrowed.length >= 2 ? narrowed : mentioned;
  const things = likeThings(pool.filter((c) => SIDE_KINDS.has(c.kind)));
  const concepts = (things.length >= 2 ? things : pool).slice(0, 3);
  if (concepts.length < 2) return [];
  // "这两类【新建】项目的要求有什么不同": an action in the ask's slot (building new) is what the sides are compared on too.
  const slotAspects = mentioned.filter((c) => askedIds.has(c.id) && ASPECT_SLOT_KINDS.has(c.kind) && !pool.includes(c));
  const aspects = things.length >= 2 ? [...pool.filter((c) => !things.includes(c) && !broaderOfOther(c) && !perSide(c)), ...slotAspects] : [];
  // "目标哪个高", "compare the conversion targets": each side's figure.
  const wantsFigure = a.kinds.includes("howmuch") || a.questionType === "target" || a.specific.some(namesTargets);
  // "重点园区有啥不一样": a slot (where, who, a figure) is answered by the one sentence that fills it.
  const slotted = a.asked.some((c) => !concepts.includes(c) && SLOT_KINDS.has(c.kind));
  const sides: ComparisonSide[] = [];
  for (const c of concepts) {
    // Each side asked on its own: the question with the other sides' words removed.
    // In a long message the side is looked up with what is asked ("这两类新建项目的要求有什么不同"), not with the
    // background ("来贵州投资…两个方向都在看"); named only in the background, the side's name leads it.
    const asked = a.askText && !a.concepts.some((m) => m.concept.id === c.id && a.askText!.includes(m.surface)) ? `${c.label}${a.askText}` : a.askText;
    let text = asked ?? a.text;
    for (const m of a.concepts) if (m.concept.id !== c.id && concepts.includes(m.concept)) text = text.split(m.surface).join("");
    const r = await deps.retriever.retrieve(text, { k: 3, analysis: deps.analyzer.analyze(text) });
    const forms = [...c.terms, ...c.variants];
    // The clause that states the side on what it is compared on (规模: 第三部分 states both sides' scale).
    const states = (cl: Clause, fs: readonly string[]) => fs.some((f) => f.length >= 2 && foldText(cl.text).includes(f));
    const stating = r.hits.map((h) => h.clause).filter((cl) => forms.some((f) => cl.text.includes(f)));
    const clause = stating.find((cl) => aspects.length > 0 && aspects.every((x) => states(cl, ownForms(x)))) ?? stating[0] ?? r.hits[0]?.clause;
    const sideTerms = [...forms.flatMap((f) => topicTerms(f)), ...terms];
    // "目标哪个高": the sentence that states the side's figure, when the clause has one.
    const figured = clause && wantsFigure ? figureSentence(clause, c) : null;
    const sideForms = ownForms(c);
    const onAspect = clause && aspects.length && !figured
      ? splitSentences(clause.text).find((x) => sideForms.some((f) => foldText(x).includes(f)) && aspects.every((asp) => ownForms(asp).some((f) => f.length >= 2 && foldText(x).includes(f))))
      : undefined;
    const sentence = figured ?? onAspect ?? (clause ? pickTopicSentence(clause, sideTerms) : null);
    if (!clause || !sentence) continue;
    // A side's stance rarely fits one sentence ("严禁违规新增电解铝产能。对确有必要建设的…按程序制定公告产能
    // 置换方案"): its clause's other sentences naming it come along; a figure is its own answer.
    const sentences = figured || slotted ? [sentence] : sideSentences(clause, sentence, sideForms);
    sides.push({ name: c.label, clause, sentences });
  }
  return sides;
}

/** Mentions of one concept at most this many characters apart are one naming of it (原铝（铝液）). */
const ADJACENT_GAP = 2;

/** At most this many sentences quoted for one side: the one chosen and its clause's next most telling one. */
const MAX_SIDE_SENTENCES = 2;

/** The chosen sentence and the clause's other sentences naming the side, in text order, up to MAX_SIDE_SENTENCES. */
function sideSentences(clause: Clause, chosen: string, sideForms: readonly string[]): string[] {
  const all = splitSentences(clause.text);
  const names = (x: string) => sideForms.some((f) => f.length >= 2 && foldText(x).includes(f));
  const others = all.filter((x) => x !== chosen && names(x)).slice(0, MAX_SIDE_SENTENCES - 1);
  const keep = new Set([chosen, ...others]);
  const ordered = all.filter((x) => keep.has(x));
  return ordered.length ? ordered : [chosen];
}

/**
 * The things compared are things of one kind ("氧化铝生产和电解铝生产推广的低碳技术": two processes); a thing
 * of another kind named with them (低碳技术) is what they are compared on. Without two of one kind, all count.
 */
function likeThings(things: readonly Concept[]): Concept[] {
  const byKind = new Map<string, Concept[]>();
  for (const c of things) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const like = [...byKind.values()].filter((cs) => cs.length >= 2).sort((a, b) => b.length - a.length)[0];
  return like ?? [...things];
}

