import { worseState, type FactState } from "./fact-state.js";
import { STATE_WORDS } from "./state-words.js";

const SEGMENT_RE = /[，。；！？,.;!?]+|但是|但|不过|可是|然而|\bbut\b/;
// A space separates Chinese phrases ("兴仁搞个铝箔项目 环评在办") but not English words ("no EIA done"),
// nor a Chinese fact from the English state said of it ("节能审查 ok", "节水评价 also done").
const SPACE_RE = /(?<![a-z0-9])\s+(?![a-z0-9])/i;

/** A clause of a text with its place in it, so concept mentions found in the whole text can be assigned. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Splits colloquial text into clauses so "有指标，但没做环评" judges each fact in its own piece. */
export function splitSegments(text: string): string[] {
  return segmentsOf(text).map((s) => s.text);
}

/** The clauses of a text with their offsets (separators and surrounding spaces excluded). */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  const boundary = new RegExp(`${SEGMENT_RE.source}|${SPACE_RE.source}`, "gi");
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) out.push({ text: piece, start: start + lead, end: start + lead + piece.length });
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0].length === 0) {
      boundary.lastIndex++;
      continue;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const LATIN_RE = /^[a-z][a-z' ]*$/;
const matchers = new Map<string, (s: string) => boolean>();

/** English state words match whole words only ("no" is not in "know"); Chinese ones anywhere. */
function matcher(word: string): (s: string) => boolean {
  let m = matchers.get(word);
  if (!m) {
    if (LATIN_RE.test(word)) {
      const re = new RegExp(`(?<![a-z])${word.replace(/ /g, "\\s+")}(?![a-z])`, "i");
      m = (s) => re.test(s);
    } else m = (s) => s.includes(word);
    matchers.set(word, m);
  }
  return m;
}

const STATE_PATTERNS = new Map(Object.entries(STATE_WORDS.patterns).map(([state, srcs]) => [state, (srcs ?? []).map((src) => new RegExp(src, "i"))]));

const HELD_RES = STATE_WORDS.held.map((src) => new RegExp(src, "i"));

function mask(segment: string): string {
  let s = segment;
  for (const w of STATE_WORDS.falseFriends) if (s.includes(w)) s = s.split(w).join("　");
  return s;
}

/**
 * The state one clause states: the first state (in the data's order) one of whose words occurs, or
 * null when the clause says nothing about how far along it is. `extra` adds words for one fact
 * (外购 said of bauxite means "not our own": not done).
 */
export function segmentState(segment: string, extra: Partial<Record<FactState, readonly string[]>> = {}): FactState | null {
  const s = mask(segment);
  if (HELD_RES.some((re) => re.test(s.trim()))) return "done";
  // A fact's own words say more than the general ones: "矿石打算全部靠外购" is planned buying, i.e. no
  // own ore (外购 → not done), not a plan to get the fact done.
  for (const state of STATE_WORDS.order) if ((extra[state] ?? []).some((w) => matcher(w)(s))) return state;
  for (const state of STATE_WORDS.order) {
    if ((STATE_WORDS.words[state] ?? []).some((w) => matcher(w)(s))) return state;
    if (STATE_PATTERNS.get(state)?.some((re) => re.test(s))) return state;
  }
  return null;
}

/**
 * The state of a fact over a whole text: every clause that speaks of it (`mentions`) states
 * something, and the worst statement decides ("有指标但还没公告" → not done). Null when no clause says
 * anything. `mentions` may be a word list or a predicate over the clause.
 */
export function factState(
  text: string,
  mentions: readonly string[] | ((segment: Segment) => boolean),
  extra: Partial<Record<FactState, readonly string[]>> = {},
  /** Whether a clause speaks of any fact at all (so a clause naming another one is not a continuation). */
  speaksOfAnyFact?: (segment: Segment) => boolean,
): FactState | null {
  const speaks = typeof mentions === "function" ? mentions : (seg: Segment) => mentions.some((t) => seg.text.includes(t));
  const namesFact = speaksOfAnyFact ?? speaks;
  let result: FactState | null = null;
  let underWay: FactState | null = null;
  let promised = false;
  const segments = segmentsOf(text);
  segments.forEach((seg, i) => {
    if (!speaks(seg)) return;
    // "除了水评，其他都批了": what is excepted is not what the rest is said to be.
    const excepted = STATE_WORDS.exceptCues.some((c) => seg.text.trimStart().toLowerCase().startsWith(c));
    const own = segmentState(seg.text, extra) ?? (excepted ? "not_yet" : sharedState(text, segments, i, extra));
    const state = continuedTiming(text, segments, i, own, namesFact) ?? own;
    if (state === "in_progress" || state === "planned" || state === "scheduled") underWay = worseState(underWay, state);
    if (state === "scheduled") promised = true;
    result = worseState(result, state);
  });
  // One fact said twice, once under way and once with a deadline before construction ("水资源论证正在办，
  // 节水评价打算开工前做完" – one approval in the lexicon): the deadline covers the work under way.
  if (promised && (result === "in_progress" || result === "planned")) return "scheduled";
  // "指标还没落实，准备通过产能置换解决": not yet, but on its way – that is work under way, not a refusal.
  return (result === "not_done" || result === "not_yet") && underWay ? underWay : result;
}

/** States not yet done that a following clause may put on a timetable ("在办，开工前办齐"; "没做，投产后再补"). */
const OPEN_STATES: ReadonlySet<FactState | null> = new Set<FactState | null>(["in_progress", "planned", "not_yet", "not_done", null]);
/** How many clauses after the fact a timing clause may come ("在办，预计下月批，开工前办齐": two). */
const CONTINUATION_MAX = 3;

/**
 * The timing a clause of its own gives the fact just named: "环评在办，会在开工前全部办完" (scheduled),
 * "扩能部分未开展环评，拟投产后再补办" (postponed). Only clauses that name no fact themselves continue
 * the sentence (comma or space between, no full stop): "环评在办，能评开工前办完" says nothing of 环评.
 */
function continuedTiming(
  text: string,
  segments: readonly Segment[],
  i: number,
  own: FactState | null,
  namesFact: (segment: Segment) => boolean,
): FactState | null {
  if (!OPEN_STATES.has(own)) return null;
  for (let j = i + 1; j < segments.length && j <= i + CONTINUATION_MAX; j++) {
    const prev = segments[j - 1]!, seg = segments[j]!;
    if (!TIMING_GAP_RE.test(text.slice(prev.end, seg.start)) || namesFact(seg)) return null;
    if (!STATE_WORDS.timingVerbs.some((w) => seg.text.toLowerCase().includes(w))) continue;
    const state = segmentState(seg.text);
    if (state === "scheduled" || state === "postponed") return own === null && state === "scheduled" ? null : state;
  }
  return null;
}

/**
 * The states a short reply states, piece by piece ("有，没有" → done, not_done), with a timing piece
 * folded into the piece before it ("在办，开工前办完" → scheduled): it says when, not another answer.
 */
export function replyStates(reply: string): FactState[] {
  const out: FactState[] = [];
  for (const seg of splitSegments(reply)) {
    const state = segmentState(seg);
    if (state === null || state === "unknown") continue;
    const timing = (state === "scheduled" || state === "postponed") && STATE_WORDS.timingVerbs.some((w) => seg.toLowerCase().includes(w));
    if (timing && out.length && OPEN_STATES.has(out[out.length - 1]!)) out[out.length - 1] = state;
    else out.push(state);
  }
  return out;
}

/** Separators that continue a list ("能评，环评 水评都批了"), as opposed to ending a sentence. */
const LIST_GAP_RE = /^[，,、\s]*$/;
/**
 * Between a fact not done yet and the timing that follows, a contrast word is natural ("环评还没开始，但开工前
 * 会搞定"; "没做，不过投产后再补"): it contrasts the timing with the state, it does not start another fact.
 */
const TIMING_GAP_RE = /^[，,、\s]*(?:但是|但|不过|可是)?[，,、\s]*$/;
/** A list item is a bare name: a few characters, no state of its own. */
const LIST_ITEM_MAX = 12;

/**
 * The state a bare list item shares with the clause that closes the list: "能评，环评，水评都批了"
 * and "能评 环评也办了" give each named item the closing clause's state, when that clause says it of
 * several things (都、全部、均、也、一并) and only list separators (，、 space) lie between. A bare
 * mention followed by anything else ("能评，环评还没做") stays unstated: which one is meant is unclear.
 */
function sharedState(text: string, segments: readonly Segment[], i: number, extra: Partial<Record<FactState, readonly string[]>>): FactState | null {
  if (segments[i]!.text.length > LIST_ITEM_MAX) return null;
  for (let j = i + 1; j < segments.length; j++) {
    const prev = segments[j - 1]!, seg = segments[j]!;
    if (!LIST_GAP_RE.test(text.slice(prev.end, seg.start))) return null;
    const state = segmentState(seg.text, extra);
    if (state !== null) return STATE_WORDS.listCues.some((w) => seg.text.includes(w)) ? state : null;
    if (seg.text.length > LIST_ITEM_MAX) return null;
  }
  return null;
}

/** True when the text says construction starts before the approvals (先建后补、边建边办、挖了直接卖). */
export function saysBuildsFirst(text: string): boolean {
  // A denied word is blanked first, so the shorter words inside it ("杜绝未批先建": 先建) are denied too.
  let t = text;
  for (const w of BUILDS_FIRST_LONGEST) {
    for (let at = t.indexOf(w); at !== -1; at = t.indexOf(w, at + 1)) if (deniedAt(t, at)) t = t.slice(0, at) + "　".repeat(w.length) + t.slice(at + w.length);
  }
  return STATE_WORDS.buildsFirst.some((w) => saysWord(t, w)) ||
    BUILDS_FIRST_RES.some((re) => [...t.matchAll(re)].some((m) => !deniedAt(t, m.index)));
}

const BUILDS_FIRST_LONGEST = [...STATE_WORDS.buildsFirst].sort((a, b) => b.length - a.length);

/** A denial right before a builds-first word ("不存在先建后批", "不会边建边办"). */
function deniedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).toLowerCase();
  return STATE_WORDS.buildsFirstNegations.some((n) => before.endsWith(n));
}

/** 先 as "first", not the end of 原先/事先/首先 (earlier, beforehand): 原先建成的老厂 did not build first. */
const NOT_FIRST_RE = /[首原事预优抢率祖]$/;

function saysWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (word.startsWith("先") && NOT_FIRST_RE.test(text.slice(0, at))) continue;
    if (!deniedAt(text, at)) return true;
  }
  return false;
}

const BUILDS_FIRST_RES = STATE_WORDS.buildsFirstPatterns.map((src) => new RegExp(src, "g"));

/** True when the answer says the user does not know / wants the report now. */
export function isUnknownAnswer(text: string): boolean {
  return STATE_WORDS.unknownAnswers.some((w) => text.includes(w));
}

/** True when one answer is meant for every question just asked ("都做了"). */
export function answersAll(text: string): boolean {
  return STATE_WORDS.allCues.some((w) => text.includes(w));
}
