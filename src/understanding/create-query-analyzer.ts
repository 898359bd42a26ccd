import { classifyQuestion, type QuestionType } from "../answer/question-type.js";
import { extractYears } from "../answer/question-terms.js";
import type { Clause } from "../corpus/clause-schema.js";
import { findPartTitleRefs } from "../corpus/find-part-title-refs.js";
import { findClauseRefs, type ClauseRef } from "../corpus/resolve-clause-ref.js";
import type { Concept } from "../lexicon/concept-schema.js";
import type { ConceptMatch, Lexicon } from "../lexicon/lexicon.js";
import type { AskKind, Phrasing } from "../lexicon/phrasing-schema.js";
import { askedUnitClass } from "../retrieval/analysis/figure-question.js";
import { foldText } from "../text/fold-text.js";
import { findAskedDetails } from "./asked-detail.js";
import { findAskPart, findCompoundParts, inSpans, type Span } from "./ask-part.js";
import { classifyAsk } from "./classify-ask.js";
import { CONTEXT_KINDS, namesSubject } from "./decide-scope.js";
import { normalizeQuery } from "./normalize-query.js";
import type { QueryAnalysis, YesNoForm } from "./query-analysis.js";

export interface QueryAnalyzer {
  analyze(raw: string): QueryAnalysis;
}

/** A concept named in more than this share of clauses says nothing about which clause is asked. */
const GENERIC_SHARE = 0.45;
const TOPIC_MAX = 12;

/** The composers' type when their own cues found nothing (English questions, new phrasings). */
const TYPE_BY_KIND: Record<AskKind, QuestionType> = {
  compare: "other",
  who: "who",
  where: "where",
  when: "target",
  howmuch: "target",
  list: "other",
  yesno: "rule",
  procedure: "rule",
  what: "other",
};

const SLOT_KINDS: ReadonlySet<AskKind> = new Set(["who", "where", "when", "howmuch"]);
const SLOT_TYPES: ReadonlySet<QuestionType> = new Set(["who", "where", "target"]);

export function createQueryAnalyzer(deps: { lexicon: Lexicon; phrasing: Phrasing; clauses: readonly Clause[] }): QueryAnalyzer {
  const { lexicon, phrasing } = deps;
  const texts = deps.clauses.map((c) => foldText(`${c.title}|${c.text}`));
  const corpusYears = new Set([...texts.join("|").matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
  const isWord = corpusWords(texts);
  const genericity = new Map<string, boolean>();
  const isGeneric = (c: Concept): boolean => {
    let g = genericity.get(c.id);
    if (g === undefined && c.whole) g = true;
    if (g === undefined) {
      const forms = [...c.terms, ...c.variants].map(foldText);
      const share = texts.filter((t) => forms.some((f) => t.includes(f))).length / Math.max(1, texts.length);
      g = share > GENERIC_SHARE;
      genericity.set(c.id, g);
    }
    return g;
  };

  return {
    analyze(raw) {
      const text = normalizeQuery(raw);
      const folded = foldText(text);
      const letters = folded.replace(/[^a-z\u3400-\u9fff]/g, "");
      const english = letters.length > 0 && (letters.match(/[a-z]/g)?.length ?? 0) / letters.length > 0.6;
      const concepts = lexicon.match(folded, { isWord });
      // In a long message only the sentences that ask say what is asked (see ask-part.ts).
      const askPart = findAskPart(folded, phrasing);
      const asking = (t: string) => (askPart ? askPart.map((s) => t.slice(s.start, s.end)).join("") : t);
      const askText = asking(folded);
      const duty = withDutyAsk(classifyAsk(asking(maskThings(folded, concepts)), phrasing), folded, concepts, askPart, phrasing);
      const { kind, kinds } = withChoiceAsk(duty, folded, concepts, (c) => !isGeneric(c), askPart, phrasing);
      const own = classifyQuestion(askPart ? askText : text);
      // The ask kind (cues resolved by overlap: 在哪年 asks when) decides between the slot types; the
      // composers' finer types (rule, support, clause) refine the rest.
      const slotType = SLOT_KINDS.has(kind) ? TYPE_BY_KIND[kind] : null;
      // Who and where are what the answer must name, whatever topic words (支持、要求) came with them.
      const overrides = slotType !== null && (kind === "who" || kind === "where" || SLOT_TYPES.has(own)) && own !== "clause";
      // "文件哪些地方提到了赤泥": the cues resolved it to a list (where in the text), not a place question.
      const listNotWhere = kind === "list" && own === "where" && !kinds.includes("where");
      const typed: QuestionType = overrides ? slotType : listNotWhere ? "other" : own !== "other" ? own : TYPE_BY_KIND[kind];
      const years = extractYears(folded);
      const covered = unique(concepts.map((m) => m.concept).filter((c) => c.kind !== "uncovered"));
      const uncovered = unique(concepts.filter((m) => m.concept.kind === "uncovered" && inSpans(askPart, m.start, m.end)).map((m) => m.concept));
      const specific = covered.filter((c) => !isGeneric(c));
      // "Who is this notice addressed to?", "经过谁同意才印发的": who, asked of what the notice itself states,
      // is answered in the notice's words (各市、自治州人民政府…), not by a clause's department list.
      const ofNotice = specific.length > 0 && specific.every((c) => c.kind === "document" && namesSubject(c));
      const questionType: QuestionType = typed === "who" && ofNotice ? "other" : typed;
      const slotted = askedConcepts(folded, concepts, specific, phrasing);
      // In a long message, what its asking sentences name is what is asked (听说新政策对【老槽型】有要求，会被
      // 要求退出吗？), whatever the background sentences mention (电费压力): the ask part's own concepts.
      const askConcepts = askPart ? inAskPart(concepts, specific, askPart) : [];
      const asked = slotted.length ? slotted : askConcepts;
      const form = kind === "yesno" ? yesNoForm(askText, phrasing) : null;
      // "有没有重点支持的园区", "涉及哪些金融监管部门": asking whether one exists, or for a list of them,
      // asks which — the slot's kind.
      const slot = form === "existence" || kind === "list" ? slotAsk(slotted) : null;
      const specificIds = new Set(specific.map((c) => c.id));
      const parts = findCompoundParts(text, folded, (span) =>
        concepts.filter((m) => specificIds.has(m.concept.id) && m.start >= span.start && m.end <= span.end).map((m) => m.concept.id));
      const expansions = new Set<string>();
      for (const c of covered) for (const a of lexicon.ancestors(c.id)) for (const t of a.terms) if (!folded.includes(foldText(t))) expansions.add(t);
      return {
        raw,
        text,
        folded,
        english,
        refs: clauseRefs(text, deps.clauses),
        kind: slot ?? kind,
        kinds: slot && !kinds.includes(slot) ? [slot, ...kinds] : kinds,
        questionType: slot ? TYPE_BY_KIND[slot] : questionType,
        figure: askedUnitClass(askText),
        details: findAskedDetails(askText),
        years,
        unknownYears: years.filter((y) => !corpusYears.has(y)),
        concepts,
        specific,
        asked,
        uncovered,
        expansions: [...expansions],
        topic: (uncovered[0] ?? specific[0])?.label.slice(0, TOPIC_MAX) ?? null,
        parts,
        askText: askPart ? askText : null,
        askConcepts,
        yesNoForm: slot ? null : form,
        asksMentions: phrasing.mentionCues.some((c) => askText.includes(c)),
        asksSteps: stepAsk(askText, phrasing),
      };
    },
  };
}

/** A two-character sequence the corpus writes this often is a word of its language (企业, 走访). */
const WORD_MIN_COUNT = 2;

/**
 * The corpus vocabulary the lexicon's homophone guard consults: two-character Han sequences the
 * corpus uses at least WORD_MIN_COUNT times (a single occurrence may straddle two words).
 */
function corpusWords(texts: readonly string[]): (text: string) => boolean {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const run of t.matchAll(/[\u3400-\u9fff]{2,}/g)) {
      for (let i = 0; i + 2 <= run[0].length; i++) {
        const w = run[0].slice(i, i + 2);
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return (text) => text.length === 2 && (counts.get(text) ?? 0) >= WORD_MIN_COUNT;
}

/** Concept kinds that name things; an ask cue inside their names is no cue (量化 in 轻量化材料). */
const THING_KINDS: ReadonlySet<string> = new Set(["product", "material", "process", "technology", "project-type", "park", "place"]);

/**
 * The text with the names of things blanked out, for reading the ask: "轻量化材料那个集群里做啥" asks
 * what, although 轻量化 contains the figure cue 量化. A name that is itself a cue stays.
 */
function maskThings(folded: string, matches: readonly ConceptMatch[]): string {
  let out = folded;
  for (const m of matches) {
    // English cues are whole words, never inside a name: "which parks" keeps its where-cue.
    if (m.via === "frame" || !THING_KINDS.has(m.concept.kind) || m.end - m.start < 3 || !/[\u3400-\u9fff]/.test(m.surface)) continue;
    out = out.slice(0, m.start) + "□".repeat(m.end - m.start) + out.slice(m.end);
  }
  return out;
}

/** How near (characters) a verb of responsibility must stand to a department's name to ask who acts. */
const DUTY_GAP = 4;
/** Asks that name their own slot (which parks, how much, which ones): a department beside 负责 there is context. */
const OWN_SLOT_KINDS: ReadonlySet<AskKind> = new Set(["who", "where", "when", "howmuch", "list"]);

/**
 * "提高科研能力那条，牵头的是科技厅还是工信厅", "是工信厅牵头吗", "省国资委也参与吗": a department named within a
 * few characters of a verb of responsibility (phrasing.dutyVerbs) asks who acts — the question word is
 * 还是 or 吗, not 谁. An ask that already names its slot (哪些条款, 多少) keeps it.
 */
function withDutyAsk(
  ask: { kind: AskKind; kinds: AskKind[] },
  folded: string,
  matches: readonly ConceptMatch[],
  spans: readonly Span[] | null,
  phrasing: Phrasing,
): { kind: AskKind; kinds: AskKind[] } {
  if (ask.kinds.some((k) => OWN_SLOT_KINDS.has(k))) return ask;
  const near = matches.some((m) => {
    if (m.concept.kind !== "department" || !inSpans(spans, m.start, m.end)) return false;
    const around = folded.slice(Math.max(0, m.start - DUTY_GAP - 4), m.end + DUTY_GAP + 4);
    const at = m.start - Math.max(0, m.start - DUTY_GAP - 4);
    return phrasing.dutyVerbs.some((v) => {
      for (let i = around.indexOf(v); i >= 0; i = around.indexOf(v, i + 1)) {
        const gap = i >= at ? i - (at + (m.end - m.start)) : at - (i + v.length);
        if (gap <= DUTY_GAP) return true;
      }
      return false;
    });
  });
  if (!near) return ask;
  const kinds = phrasing.priority.filter((k) => k === "who" || ask.kinds.includes(k));
  return { kind: kinds[0] ?? "who", kinds };
}

/** Concept kinds that can stand on the two sides of a comparison: things, instruments and their measures. */
const CHOICE_SIDE_KINDS: ReadonlySet<string> = new Set(["project-type", "product", "material", "process", "technology", "place", "park", "instrument", "metric"]);
/** At most this many characters between two sides ("新建氧化铝【项目和】电解铝"): more is two separate mentions. */
const CHOICE_JOIN_SPAN = 6;
/** Asks that name a slot of their own (哪个部门, 哪个园区, 哪年): 哪个 there chooses a department, not a side. */
const CHOICE_BLOCKING_KINDS: ReadonlySet<AskKind> = new Set(["compare", "who", "where", "when"]);

/**
 * "再生铝和电解铝哪个是要控制的", "氧化铝就地转化率和原铝就地转化率哪个要求更高", "上氧化铝还是电解铝": two like
 * things joined (phrasing.choiceFrame.joins) with a choice word after the first (哪个、谁、更), or joined by
 * 还是, ask for a comparison though no comparison word (区别、相比) is written. The asking sentences decide
 * in a long message; departments joined so ask who (withDutyAsk), and an ask with its own slot keeps it.
 */
function withChoiceAsk(
  ask: { kind: AskKind; kinds: AskKind[] },
  folded: string,
  matches: readonly ConceptMatch[],
  isSpecific: (c: Concept) => boolean,
  spans: readonly Span[] | null,
  phrasing: Phrasing,
): { kind: AskKind; kinds: AskKind[] } {
  if (ask.kinds.some((k) => CHOICE_BLOCKING_KINDS.has(k))) return ask;
  const { joins, choices, choosingJoins } = phrasing.choiceFrame;
  const sides = matches.filter((m) => m.concept.kind !== "uncovered" && CHOICE_SIDE_KINDS.has(m.concept.kind) && isSpecific(m.concept) && inSpans(spans, m.start, m.end));
  const has = (text: string, words: readonly string[]) => words.some((w) => (/^[a-z]+$/.test(w) ? new RegExp(`(?<![a-z])${w}(?![a-z])`).test(text) : text.includes(w)));
  const paired = sides.some((a, i) =>
    sides.slice(i + 1).some((b) => {
      if (a.concept.id === b.concept.id || b.start < a.end || b.start - a.end > CHOICE_JOIN_SPAN) return false;
      // 再生铝 and 再生铝项目 name one thing; a metric is compared with a metric, a thing with a thing.
      if (a.concept.broader.includes(b.concept.id) || b.concept.broader.includes(a.concept.id)) return false;
      if ((a.concept.kind === "metric") !== (b.concept.kind === "metric")) return false;
      const between = folded.slice(a.end, b.start);
      if (!has(between, joins)) return false;
      if (has(between, choosingJoins)) return true;
      // The choice word stands after the first side, within its sentence ("…和电解铝，文件更支持哪个？").
      const rest = folded.slice(a.end).split(/[。？！?!；;]/)[0] ?? "";
      return has(rest.replace(between, ""), choices);
    }),
  );
  if (!paired) return ask;
  return { kind: "compare", kinds: ["compare", ...ask.kinds.filter((k) => k !== "compare")] };
}

/** Steps asked (走什么程序), else conditions only (有啥门槛), else null; English cues as whole words. */
function stepAsk(askText: string, phrasing: Phrasing): "steps" | "conditions" | null {
  const has = (cues: readonly string[]) => cues.some((c) => (/^[a-z ]+$/.test(c) ? new RegExp(`(?<![a-z])${c}(?![a-z])`).test(askText) : askText.includes(c)));
  if (has(phrasing.stepCues.steps)) return "steps";
  return has(phrasing.stepCues.conditions) ? "conditions" : null;
}

/** How near (characters) an ask word must stand to the concept it asks about. */
const SLOT_GAP = { before: 4, after: 3 };

function askedConcepts(folded: string, matches: readonly ConceptMatch[], specific: readonly Concept[], phrasing: Phrasing): Concept[] {
  const ids = new Set(specific.map((c) => c.id));
  const candidates = matches.filter((m) => ids.has(m.concept.id));
  const out = new Map<string, Concept>();
  for (const w of phrasing.askedSlot.before) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      const end = i + w.length;
      const next = candidates.find((m) => m.start >= end && m.start - end <= SLOT_GAP.before);
      if (next) out.set(next.concept.id, next.concept);
    }
  }
  for (const w of phrasing.askedSlot.after) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      const prev = candidates.filter((m) => m.end <= i && i - m.end <= SLOT_GAP.after).at(-1);
      if (prev) out.set(prev.concept.id, prev.concept);
    }
  }
  return [...out.values()];
}

/** Specific concepts named inside the asking sentences, context kinds (places, departments) aside. */
function inAskPart(matches: readonly ConceptMatch[], specific: readonly Concept[], spans: readonly Span[]): Concept[] {
  const ids = new Set(specific.filter((c) => !CONTEXT_KINDS.has(c.kind)).map((c) => c.id));
  return unique(matches.filter((m) => ids.has(m.concept.id) && inSpans(spans, m.start, m.end)).map((m) => m.concept));
}

/** The ask a place or department in the asked slot stands for; null for any other slot. */
function slotAsk(asked: readonly Concept[]): AskKind | null {
  if (asked.some((c) => c.kind === "park" || c.kind === "place")) return "where";
  if (asked.some((c) => c.kind === "department")) return "who";
  return null;
}

/** Truth first ("有补贴是真的吗" asks whether the claim holds), then existence; permission otherwise. */
function yesNoForm(askText: string, phrasing: Phrasing): YesNoForm {
  const has = (cues: readonly string[]) => cues.some((c) => askText.includes(c));
  if (has(phrasing.yesNoForms.truth)) return "truth";
  // "X有…吗" without a cue word: 有 shortly before the closing particle.
  if (has(phrasing.yesNoForms.existence) || /有[^，,。；;！!？?]{1,12}(?:吗|么|没)[？?]?\s*$/.test(askText)) return "existence";
  return "permission";
}

/** References by number (三（三）, 第五部分), then parts named by their title's words (调结构那部分). */
function clauseRefs(text: string, clauses: readonly Clause[]): ClauseRef[] {
  const refs = findClauseRefs(text);
  for (const r of findPartTitleRefs(text, clauses)) if (!refs.some((x) => x.part === r.part && x.clause === null)) refs.push(r);
  return refs;
}

function unique(concepts: readonly Concept[]): Concept[] {
  return [...new Map(concepts.map((c) => [c.id, c])).values()];
}
