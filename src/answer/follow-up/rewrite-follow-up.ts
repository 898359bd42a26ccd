import type { Clause } from "../../corpus/clause-schema.js";
import type { ConceptMatch, Lexicon } from "../../lexicon/lexicon.js";
import { findClauseRefs } from "../../corpus/resolve-clause-ref.js";
import type { ConversationTurn } from "../../store/conversation-store.js";
import type { QueryAnalysis } from "../../understanding/query-analysis.js";
import { namesTargets } from "../../understanding/target-concepts.js";
import { extractTopic, extractYears } from "../question-terms.js";
import type { QuestionType } from "../question-type.js";
import { CONTEXT_KINDS } from "../../understanding/decide-scope.js";
import { askedFor, clauseStates, clauseStatesConcepts, titleNames, mentionText, ownMentions, specificMentions, substituteConcepts, subjectMentions, hasSameKindCounterpart } from "./concept-slots.js";
import { isFollowUp } from "./is-follow-up.js";
import { readMessageShape, type MessageShape } from "./message-shape.js";
import { findOrdinal, resolveOrdinal } from "./ordinal-reference.js";
import { lastAnsweredExchange } from "./previous-exchange.js";
import { findShownReference } from "./shown-reference.js";

export interface FollowUpRewrite {
  /** The question to retrieve and answer with; the input itself when it stands alone. */
  standalone: string;
  isFollowUp: boolean;
  /** Clause ids of the previous turn, ranked ahead of retrieval for a follow-up. */
  contextClauseIds: string[];
  /**
   * "还有呢", "what else?": the answers already given to `standalone` in this conversation. The question is
   * asked again and answered with what they did not show.
   */
  shown?: string[];
  /** "那个铝土矿资源的要求…": the answer comes from `contextClauseIds` only (what the previous answer showed). */
  within?: boolean;
}

export interface FollowUpDeps {
  /** The one query analysis: the previous standalone question is read with it, as the message was. */
  analyze(text: string): QueryAnalysis;
  /** The lexicon the analysis reads: "氧化铝的呢" after 原铝就地转化率 looks up 氧化铝就地转化率 there. */
  lexicon: Pick<Lexicon, "ofKind">;
}

/** How each question type is asked, to re-ask it about a new topic when no aspect can be carried. */
const ASK_BY_TYPE: Record<QuestionType, string> = {
  target: "的目标是多少？",
  who: "的牵头部门是谁？",
  where: "可以布局在哪些园区？",
  rule: "有什么要求？",
  support: "有哪些支持政策？",
  clause: "讲了什么？",
  other: "？",
};

/** Asks whose concept is an aspect of something else: a figure, who, where ("目标呢", "牵头部门呢"). */
const ASPECT_TYPES: ReadonlySet<string> = new Set(["target", "who", "where"]);

/** Kinds of thing a question is wholly about (a project, a product): named, they need no other subject. */
const SUBJECT_KINDS: ReadonlySet<string> = new Set(["project-type", "product"]);

const THIS_RE = /(?:这一?条|该条|本条|此条|这个条款)/;
const NEIGHBOUR_RE = /(上一条|下一条)/;
const YEAR_RE = /(?:19|20)\d{2}\s*年/;
/** A year as an English (or terse) question writes it, without 年: "What is the 2027 target?". */
const BARE_YEAR_RE = /(?<!\d)(?:19|20)\d{2}(?!\d)(?:\s*年)?/;
/** An ask that starts with its question word reads without 的 after the subject ("再生铝项目谁负责"). */
const STARTS_WITH_ASK = /^(?:谁|哪|什么|啥|怎|咋|如何|有|是|能|可|要|需|在|由|又|应|还|都|具体|主要)/;

/**
 * Deterministic follow-up rewriting, from the previous answered question (stored as its standalone form),
 * the clauses its answer cited and the message's analysis:
 * - "换个问题，…" and questions that name their own subject stand alone; an out-of-scope subject
 *   ("申请电话多少") is never answered from the conversation's clauses;
 * - "第二条呢" / "第三个集群" / "后面那个园区" / "这条" / "下一条" → the item of what was just shown;
 * - "2035年呢？" → the previous question with its year replaced;
 * - "那电解铝呢" / "what about alumina?" → the previous question with its concept of that kind replaced,
 *   so the aspect asked (规模, 低碳技术) is kept;
 * - "这条谁负责" / "目标呢" / "那它税上有啥优惠" → the ask applied to the previous subject, with its clauses.
 */
export function rewriteFollowUp(
  text: string,
  history: readonly ConversationTurn[],
  clauses: readonly Clause[],
  analysis: QueryAnalysis,
  deps: FollowUpDeps,
): FollowUpRewrite {
  const question = text.trim();
  const none: FollowUpRewrite = { standalone: question, isFollowUp: false, contextClauseIds: [] };
  const exchange = lastAnsweredExchange(history);
  if (!exchange) return none;
  const read = readMessageShape(question, analysis.concepts);
  // "And alumina?", "那电解铝？": a continuation that asks nothing of its own is an "and X?" too.
  const shape = !read.about && read.opening === "continuation" && analysis.kinds.length === 0 && analysis.specific.length > 0 ? { ...read, about: true } : read;
  // A subject named on purpose: the marker goes, so it neither leans on the context nor colours the analysis.
  if (shape.switchedTo !== null) return shape.switchedTo ? { ...none, standalone: shape.switchedTo } : none;
  // "还有呢", "别的呢", "what else?": the previous question again, for what its answers did not show.
  if (shape.bareContinuation) {
    return { standalone: exchange.user.text, isFollowUp: true, contextClauseIds: contextOf(exchange), shown: answersTo(exchange.user.text, history) };
  }
  // Another subject the document does not address is refused on its own, not answered from the context.
  if (analysis.uncovered.some((c) => !c.aspect) || analysis.refs.length > 0 || findClauseRefs(question).length > 0) return none;

  const own = ownMentions(analysis);
  // "Which department takes the lead overall?", "整体上谁牵头": a question put to the whole document
  // inherits nothing, unless it names a thing of its own to ask about.
  if (shape.wholeDocument && own.every((m) => CONTEXT_KINDS.has(m.concept.kind))) return none;
  const latinReference = shape.backReference !== null && /[a-z]/i.test(shape.body.slice(shape.backReference.start, shape.backReference.end));
  // A message naming nothing leans on the conversation; an aspect asked with no subject ("在哪些园区", "具体退多少比例") leans too when it is elliptical (very
  // short, or asking the detail of what was said); "主要目标有哪些" is a question of its own.
  // Where is asked of something: a short "重点放在哪几个园区啊" with no subject of its own is the where of
  // what was just discussed (the document places each cluster and project clause by clause).
  const elliptical =
    read.opening !== null || read.asksDetail || read.respective || question.replace(/[？?。！!\s]/g, "").length <= 6 || (own.length === 0 && analysis.questionType === "where" && !shape.wholeDocument && question.length <= 16);
  const leans =
    analysis.uncovered.every((c) => c.aspect) &&
    question.length <= 40 &&
    (analysis.specific.length === 0 || (own.length === 0 && ASPECT_TYPES.has(analysis.questionType) && elliptical));
  // "那做高纯氧化铝呢，清镇行不行": a new topic led with 呢 and asked about in its own words stands alone;
  // the clauses discussed stay context only where they state it.
  if (shape.leadingTopic !== null && !shape.backReference) {
    const topicThings = specificMentions(analysis).filter(
      (m) => !CONTEXT_KINDS.has(m.concept.kind) && m.end <= analysis.folded.indexOf(shape.leadingTopic!.toLowerCase()) + shape.leadingTopic!.length + 2,
    );
    const stating = contextOf(exchange).filter((id) => clauseStates(clauses.find((c) => c.clauseId === id), topicThings));
    if (topicThings.length > 0) return { ...none, standalone: stripAsk(shape.body) || question, ...(stating.length ? { isFollowUp: true, contextClauseIds: stating } : {}) };
  }
  // "另外，原铝就地转化率要求达到多少？", "另外人才引进有政策吗": another question about a thing of its own,
  // not about the previous subject; only an aspect ("另外目标是多少", "还有哪些园区") or a pointer leans on it.
  if (read.opening === "addition" && !shape.about && shape.backReference === null && shape.pointer === null && namesOwnThing(analysis)) {
    return { ...none, standalone: question.slice(Math.max(0, question.indexOf(shape.body))) };
  }
  // "税上面有啥优惠没", "融资这块呢": a short ask naming only a means of support (tax, land, finance) is that
  // support *for* the thing under discussion (再生铝), when the conversation is about a thing at all.
  const asksMeans = asksMeansOf(own, question, prevOf(history, deps), clauses, deps.lexicon);
  // "水城那边是重点园区吗" after 铝线缆 (二（二）): a short yes/no question naming only a place that the
  // clauses just shown name asks whether that place is in what was discussed. One with an ask of its own
  // ("务川那边能搞啥项目") asks what the document says of the place and stands alone.
  const asksPlaceOf =
    own.length > 0 && analysis.kinds.length === 1 && analysis.kinds[0] === "yesno" && question.replace(/[？?。！!，,\s]/g, "").length <= 12 && own.every((m) => CONTEXT_KINDS.has(m.concept.kind) && m.concept.kind !== "document") &&
    contextOf(exchange).some((id) => clauseStates(clauses.find((c) => c.clauseId === id), own));
  const dependent =
    asksMeans || asksPlaceOf || isFollowUp(question) || leans || (read.respective && own.length === 0) || (read.opening === "continuation" && own.every((m) => CONTEXT_KINDS.has(m.concept.kind))) || shape.about || findOrdinal(question) !== null || (shape.backReference !== null && (!latinReference || own.length === 0));
  // Only a kind of thing is pointed at ("这个集群"); "这种再生铝项目" names its subject, and a pointer in a
  // question about what the document does not say must not bring a clause to answer it from.
  const pointing =
    !shape.about &&
    shape.pointer !== null &&
    shape.pointer.mention.concept.kind !== "document" &&
    !SUBJECT_KINDS.has(shape.pointer.mention.concept.kind) &&
    analysis.uncovered.length === 0;
  // "那个铝土矿资源的要求具体怎么说", "上面说的稀贵金属有哪些": a pointer at words of the clauses just shown
  // means those clauses, even when the words name a thing of their own.
  // A message naming nothing of its own ("这个要求是谁负责的") keeps leaning on the previous subject as before.
  const pointedShown = analysis.uncovered.length === 0 ? findShownReference(shape.body, exchange.user.text, analysis, contextOf(exchange).flatMap((id) => clauses.filter((c) => c.clauseId === id)), clauses) : null;
  const shownRef = pointedShown && (!dependent || pointedShown.explicit || own.length > 0) ? pointedShown : null;
  if (!dependent && !pointing && !shownRef) return none;

  const contextClauseIds = contextOf(exchange);
  const prevClause = clauses.find((c) => c.clauseId === contextClauseIds[0]);
  const prevText = exchange.user.text;
  const prevAnalysis = deps.analyze(prevText);
  // A message asking what the document does not say of anything (申请表在哪下载, 电话多少) keeps the subject in
  // its standalone form but not the clauses: forced ahead, they would answer it from what was said before.
  const asksUnstated = analysis.uncovered.length > 0;
  const follow = (standalone: string, ids: readonly string[]): FollowUpRewrite => ({
    standalone: ensureQuestionMark(standalone),
    isFollowUp: true,
    contextClauseIds: asksUnstated ? [] : [...ids],
  });

  // 第二个集群 / 后面那个园区: the item of the list just shown, else the clause of that number in the part.
  const ordinal = findOrdinal(question);
  if (ordinal) {
    const resolved = resolveOrdinal(ordinal, {
      analysis,
      previousAnswer: exchange.assistant ? { text: exchange.assistant.text, clauseIds: exchange.assistant.clauseIds } : undefined,
      askedFor: askedFor(prevAnalysis),
      previousClause: prevClause,
      askedFigures: prevAnalysis.questionType === "target" || prevAnalysis.asked.some((c) => namesTargets(c)),
      clauses,
      analyze: deps.analyze,
    });
    if (resolved) {
      const rest = stripAsk(question.slice(0, ordinal.start) + question.slice(resolved.nounEnd));
      if ("thing" in resolved.target) {
        const { thing, clauseIds = [] } = resolved.target;
        return follow(rest ? stripAsk(`${question.slice(0, ordinal.start)}${thing}${question.slice(resolved.nounEnd)}`) : whatAbout(thing), clauseIds);
      }
      const { clause } = resolved.target;
      return follow(rest ? `${clause.label}${rest.startsWith("的") ? "" : "的"}${rest}` : swapClauseRef(prevText, prevAnalysis, clause, prevClause), [clause.clauseId]);
    }
  }

  const refClause = resolveRelativeClause(question, prevClause, clauses);
  if (refClause) {
    const ask = stripAsk(question.replace(THIS_RE, "").replace(NEIGHBOUR_RE, ""));
    // "这条是哪几个部门负责的" → "三（二）是哪几个部门负责的": the clause in the words' place.
    const standalone = ask ? stripAsk(question.replace(THIS_RE, refClause.label).replace(NEIGHBOUR_RE, refClause.label)) : swapClauseRef(prevText, prevAnalysis, refClause, prevClause);
    return follow(standalone, [refClause.clauseId]);
  }

  // "这个集群由哪些部门推": the one of that kind just discussed, put in the pointer's place.
  const pointed = pointing ? resolvePointer(shape.pointer!.mention, prevAnalysis, prevClause, contextClauseIds) : null;
  if (pointed) {
    const { start, end } = shape.pointer!;
    return follow(`${shape.body.slice(0, start)}${pointed.text}${shape.body.slice(end)}`, pointed.clauseIds);
  }
  if (shownRef) return { ...follow(stripAsk(shownRef.text) || shownRef.text, shownRef.clauseIds), within: true };
  if (!dependent) return none;

  // "what about 2035?", "2035的呢": a bare year varies the previous question's year as "2035年呢" does.
  const bareYear = question.match(BARE_YEAR_RE)?.[0].replace(/\D/g, "");
  const years = extractYears(question).length > 0 ? extractYears(question) : bareYear ? [bareYear] : [];
  if (years.length > 0 && own.length === 0) {
    const year = `${years[0]}年`;
    // The last question that named a year is the one being varied ("2035年呢" after a 2027 target).
    const prev = [...history].reverse().find((t) => t.role === "user" && BARE_YEAR_RE.test(t.text))?.text ?? prevText;
    // The year is replaced wherever the previous question wrote it, so the old year cannot stay beside the new one.
    return follow(BARE_YEAR_RE.test(prev) ? prev.replace(BARE_YEAR_RE, year) : `到${year}，${prev}`, contextClauseIds);
  }

  // "那在清镇能不能搞" after 二（三）: whether the place is in what was just shown — answered from the clauses
  // naming it, not from wherever else the document names the place.
  // The place may stand in the ask's slot ("能不能在清镇搞"): every thing named counts, not only `own`.
  const places = specificMentions(analysis);
  const asksPlace =
    asksPlaceOf ||
    (places.length > 0 && analysis.kinds.length === 1 && analysis.kinds[0] === "yesno" && question.replace(/[？?。！!，,\s]/g, "").length <= 12 && places.every((m) => CONTEXT_KINDS.has(m.concept.kind) && m.concept.kind !== "document"));
  const naming = asksPlace ? contextClauseIds.filter((id) => clauseStates(clauses.find((c) => c.clauseId === id), places)) : [];
  if (naming.length > 0) return { ...follow(carryAsk(shape, prevAnalysis, undefined, prevClause, own), naming), within: true };
  const answered = exchange.assistant ? deps.analyze(exchange.assistant.text.split("\n")[0] ?? "") : undefined;
  // Only a figure asked of what the answer named ("具体退多少比例") refers to the one thing it named.
  const refineBy = analysis.figure !== null || analysis.questionType === "target" || read.asksDetail ? answered : undefined;
  // The clauses discussed stay context when the message names nothing new or asks an aspect of them (a
  // figure, who, where: "目标呢" is answered by figures that need not say 目标); a new thing ("那它有没有税收
  // 优惠") keeps only the clauses that state it.
  const prevIds = new Set(prevAnalysis.specific.map((c) => c.id));
  const named = specificMentions(analysis).filter((m) => !prevIds.has(m.concept.id));
  const relevant =
    named.length === 0 || ASPECT_TYPES.has(analysis.questionType) ? contextClauseIds : contextClauseIds.filter((id) => clauseStates(clauses.find((c) => c.clauseId === id), named));
  const carry = (ownNamed: readonly ConceptMatch[], ids: readonly string[]) => follow(carryAsk(shape, prevAnalysis, refineBy, prevClause, ownNamed), ids);

  // "主责部门是？", "这个谁管", "Which departments handle that?", "重点放在哪几个园区啊": the document lists
  // departments and names parks clause by clause, so an ask for them with nothing of its own is about the
  // one clause the answer came from, when that clause has any. Not when it asks what the document does
  // not say (找哪个窗口申请): naming a clause would answer that from it.
  const holdsAsked = (c: Clause): boolean =>
    analysis.questionType === "who"
      ? named.length === 0 && c.departments.length > 0
      : analysis.questionType === "where" && own.length === 0 && deps.analyze(c.text).concepts.some((m) => m.concept.kind === "park");
  const aspectClause = analysis.uncovered.length === 0 && new Set(contextClauseIds).size === 1 && prevClause && holdsAsked(prevClause) ? prevClause : undefined;
  if (aspectClause) return follow(carryAsk(shape, prevAnalysis, refineBy, prevClause, [], aspectClause.label), [aspectClause.clauseId]);

  if (shape.about) {
    const mentions = specificMentions(analysis);
    // "那电解铝呢" after "氧化铝规模以后怎么定": the same question about the new thing.
    const swapped = substituteConcepts(prevAnalysis, analysis, mentions, deps.lexicon);
    if (swapped) return follow(swapped, []);
    // "目标呢", "牵头部门呢", "在哪些园区呢": only an aspect (a figure, a who, a where), asked of the previous subject.
    const aspectOnly =
      (mentions.length === 0 && !shape.namesClause) || mentions.every((m) => prevIds.has(m.concept.id)) || (own.length === 0 && ASPECT_TYPES.has(analysis.questionType));
    if (aspectOnly) return carry([], relevant);
    // "what about 水城" after "…放在哪些园区": one of the things asked for — what the document says of it.
    const forIds = new Set(askedFor(prevAnalysis).map((m) => m.concept.id));
    if (mentions.every((m) => m.concept.broader.some((id) => forIds.has(id)))) return follow(whatAbout(mentions.map((m) => mentionText(analysis, m)).join("、")), []);
    // "骨干企业目标呢", "财政资金那块呢": a new subject, with its own aspect where it has one.
    if (!analysis.english && analysis.questionType !== "other") return follow(shape.aboutBody, []);
    const year = prevText.match(/(?:到|在)?(?:19|20)\d{2}\s*年/)?.[0] ?? "";
    const topic = (analysis.english ? "" : extractTopic(shape.aboutBody)) || mentions.map((m) => m.concept.label).join("和");
    // The previous ask carries over only to a message asking nothing of its own ("And alumina?"); "What about
    // key projects, how are they supported?" asks its own, so the topic goes alone rather than with a wrong ask.
    const ask = ASK_BY_TYPE[analysis.questionType === "other" ? prevAnalysis.questionType : "other"];
    return { standalone: `${year ? `${year.startsWith("到") ? year : `到${year}`}，` : ""}${topic}${ask}`, isFollowUp: true, contextClauseIds: [] };
  }

  // "还有别的研发支持吗": other things than those discussed stand alone.
  if (shape.asksOther && specificMentions(analysis).length > 0) return { ...none, standalone: stripAsk(shape.body) || question };
  // "这条谁负责", "具体要求是啥", "在哪些园区": the ask, of the previous subject and its clauses.
  if (own.length === 0) return carry([], relevant);
  // "原文里对矿资源是怎么要求的": what the message names is in the clauses discussed: the same subject goes on.
  // "那如果真想新上个电解铝项目，要走啥流程" names a project of its own: the clauses go on, its words stand.
  if (relevant.length > 0 && !hasSameKindCounterpart(prevAnalysis, own)) {
    return own.some((m) => SUBJECT_KINDS.has(m.concept.kind)) && !shape.backReference ? follow(stripAsk(shape.body), relevant) : carry(own, relevant);
  }
  // "那它税上有啥优惠没", "金融上对这种项目支持不": a new aspect of the previous subject, which the pronoun names.
  if (shape.backReference) return carry(own, []);
  // "那税上有优惠吗" after 废铝回收: the means of support for the thing discussed, from whichever clause states it.
  // Only the thing goes with it (再生铝, not 布局 or 2027年): the means is asked of the thing, not of its aspect.
  if (asksMeans) return follow(carryAsk(shape, prevAnalysis, undefined, prevClause, own, undefined, isThing), []);
  // "那税上有优惠吗", "那氧化铝有什么要求": the message names its own subject.
  return { ...none, standalone: stripAsk(shape.body) || question };
}

/**
 * The answers given to `question` in the latest run of turns that asked it ("还有呢" after "还有呢" asks
 * the same question a third time: neither earlier answer is shown again).
 */
function answersTo(question: string, history: readonly ConversationTurn[]): string[] {
  const out: string[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== "user") continue;
    if (turn.text !== question) break;
    const reply = history[i + 1];
    if (reply?.role === "assistant") out.unshift(reply.text);
  }
  return out;
}

/** The clauses the previous answer cited (else those its question was stored with). */
function contextOf(exchange: NonNullable<ReturnType<typeof lastAnsweredExchange>>): string[] {
  return exchange.assistant?.clauseIds.length ? [...exchange.assistant.clauseIds] : [...exchange.user.clauseIds];
}

/** The kind of a means of support (税收优惠, 用地, 融资): asked of a thing, not a thing itself. */
const MEANS_KIND = "instrument";

/** Kinds of things a means of support is for: what a project makes, uses or does. */
const THING_KINDS: ReadonlySet<string> = new Set(["project-type", "product", "material", "process", "technology"]);
const isThing = (m: ConceptMatch): boolean => THING_KINDS.has(m.concept.kind);

/** The previous answered question's analysis, if any (read lazily: most messages stand alone). */
function prevOf(history: readonly ConversationTurn[], deps: FollowUpDeps): () => QueryAnalysis | undefined {
  return () => {
    const text = lastAnsweredExchange(history)?.user.text;
    return text ? deps.analyze(text) : undefined;
  };
}

/**
 * Whether a short message asks only for a means of support (税收优惠, 用地, 融资), naming no thing of its
 * own, while the previous question was about a thing (a product, a project, a material): then it asks
 * that support for the thing. "研发投入能加计扣除吗" names 研发 itself; "保险补偿那个是啥" → "研发费用
 * 加计扣除" is one means after another, with no thing to carry.
 */
function asksMeansOf(
  own: readonly ConceptMatch[],
  question: string,
  prev: () => QueryAnalysis | undefined,
  clauses: readonly Clause[],
  lexicon: FollowUpDeps["lexicon"],
): boolean {
  if (own.length === 0 || question.replace(/[？?。！!，,\s]/g, "").length > 16) return false;
  const means = own.filter((m) => m.concept.kind === MEANS_KIND);
  if (means.length === 0 || !own.every((m) => m.concept.kind === MEANS_KIND || CONTEXT_KINDS.has(m.concept.kind))) return false;
  const things = subjectMentions(prev() ?? { text: "", folded: "", concepts: [], specific: [], asked: [] }).filter(isThing);
  // Only where the document grants that means to that thing (再生铝 … 增值税即征即退 in one clause): else
  // the thing's own clauses, which say nothing of the means, would answer it.
  // A means is stated by its own words or a narrower means' (税收优惠 by 增值税即征即退).
  const ids = new Set(means.map((m) => m.concept.id));
  const forms = [...means.map((m) => m.concept), ...lexicon.ofKind(MEANS_KIND).filter((c) => c.broader.some((b) => ids.has(b)))];
  return things.length > 0 && clauses.some((c) => clauseStatesConcepts(c, forms) && clauseStates(c, things));
}

/**
 * The follow-up's ask applied to the previous subject: a back reference (它、这个、that) is replaced by
 * the subject, otherwise the subject goes in front. The subject is what the previous question was about
 * (not what it asked), without things of the kinds the follow-up names itself; a question about a clause
 * only is about that clause. `clauseLabel` names the clause meant, beside the subject.
 */
function carryAsk(
  shape: MessageShape,
  prev: QueryAnalysis,
  answered: QueryAnalysis | undefined,
  prevClause: Clause | undefined,
  own: readonly ConceptMatch[],
  clauseLabel?: string,
  keep: (m: ConceptMatch) => boolean = () => true,
): string {
  const ownKinds = new Set(own.map((m) => m.concept.kind));
  const subject = subjectMentions(prev)
    .filter((m) => !ownKinds.has(m.concept.kind) && keep(m))
    .map((m) => refine(m, answered) ?? mentionText(prev, m))
    .concat(askedFor(prev).flatMap((m) => refine(m, answered) ?? []))
    // A refined mention can repeat another ("2035年" for both 2035年 and 目标): each is said once.
    .reduce((out, t) => (out.includes(t) ? out : /[a-z]$/i.test(out) && /^[a-z]/i.test(t) ? `${out} ${t}` : out + t), "");
  // A clause named with the subject ("再生铝项目（三（四））") keeps the subject for the turns after it.
  if (clauseLabel) return askOf(shape, subject ? `${subject}（${clauseLabel}）` : clauseLabel);
  return askOf(shape, subject || prevClause?.label || "");
}

/** The follow-up's ask put to a subject: in a back reference's place, else in front of the ask. */
function askOf(shape: MessageShape, subject: string): string {
  const body = shape.about ? shape.aboutBody : stripAsk(shape.body);
  if (!subject) return body;
  if (shape.backReference) {
    const { start, end } = shape.backReference;
    return `${shape.body.slice(0, start)}${subject}${shape.body.slice(end)}`.replace(/[呢吗？?。！!\s]+$/, "");
  }
  if (!body) return subject;
  if (/^[a-z]/i.test(body)) return `${subject} ${body}`;
  return `${subject}${STARTS_WITH_ASK.test(body) || body.startsWith("的") ? "" : "的"}${body}`;
}

/**
 * The one narrower thing the previous answer named for a subject or for what was asked for, if it named
 * exactly one: after "能享受什么税收优惠" → "…增值税即征即退…", "具体退多少" asks about 增值税即征即退,
 * not tax relief at large.
 */
function refine(m: ConceptMatch, answered: QueryAnalysis | undefined): string | null {
  if (!answered) return null;
  const members = specificMentions(answered).filter((x) => x.concept.kind === m.concept.kind && x.concept.broader.includes(m.concept.id));
  return members.length === 1 ? mentionText(answered, members[0]!) : null;
}

/**
 * Whether a message names a thing of its own to ask about: a concept other than where, by whom or in
 * which text (places, parks, departments, the document), the targets, or the category it asks for
 * ("还有哪些【园区】") — those are aspects of the subject already under discussion.
 */
function namesOwnThing(a: QueryAnalysis): boolean {
  const category = new Set(askedFor(a).map((m) => m.concept.id));
  return specificMentions(a).some((m) => !CONTEXT_KINDS.has(m.concept.kind) && !namesTargets(m.concept) && !category.has(m.concept.id));
}

/**
 * The thing a demonstrative points at ("这个集群", "那个园区"): the clause just shown when its title names
 * that kind of thing (二（一）「…产业集群」), else the previous question's thing of that kind (清镇经开区 for
 * 这个园区). Null when nothing discussed is of that kind: the message is then read as it stands.
 */
function resolvePointer(
  kind: ConceptMatch,
  prev: QueryAnalysis,
  prevClause: Clause | undefined,
  contextIds: readonly string[],
): { text: string; clauseIds: string[] } | null {
  if (prevClause && titleNames(prevClause, kind)) return { text: prevClause.label, clauseIds: [prevClause.clauseId] };
  const member = specificMentions(prev).find((m) => m.concept.broader.includes(kind.concept.id));
  return member ? { text: mentionText(prev, member), clauseIds: [...contextIds] } : null;
}

/** What the document says of a thing by name (answered by listing the clauses naming it). */
function whatAbout(thing: string): string {
  return `${thing}有哪些安排？`;
}

/** 上一条/下一条, 这条: the clause next to or at the previous one. */
function resolveRelativeClause(q: string, prev: Clause | undefined, clauses: readonly Clause[]): Clause | undefined {
  if (!prev) return undefined;
  const neighbour = q.match(NEIGHBOUR_RE);
  if (neighbour) {
    const idx = clauses.indexOf(prev);
    const next = clauses[neighbour[1] === "下一条" ? idx + 1 : idx - 1];
    return next && next.docId === prev.docId ? next : undefined;
  }
  return THIS_RE.test(q) ? prev : undefined;
}

/**
 * The previous question with its clause reference replaced; else the same ask of the new clause, by the
 * type the previous question's analysis read (a who-question stays one), a clause summary otherwise.
 */
function swapClauseRef(prevText: string, prevAnalysis: QueryAnalysis, next: Clause, prev: Clause | undefined): string {
  if (prev && prevText.includes(prev.label)) return prevText.replace(prev.label, next.label);
  if (prevAnalysis.questionType === "who") return `${next.label}的牵头部门是谁？`;
  return `${next.label}讲了什么？`;
}

/** The asking part of a follow-up: leading 那/那么, trailing 呢 and punctuation removed. */
function stripAsk(q: string): string {
  return q
    .replace(/^(?:那么|那(?![个些边里块样种])|还有|另外|再问一下|请问)[，,、\s]*/, "")
    .replace(/[呢吗？?。！!，,\s]+$/, "")
    .trim();
}

function ensureQuestionMark(s: string): string {
  return /[？?]$/.test(s) ? s : `${s}？`;
}
