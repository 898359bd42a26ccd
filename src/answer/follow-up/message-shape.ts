import type { ConceptMatch } from "../../lexicon/lexicon.js";
import { followUpCues, type FollowUpCues } from "./follow-up-cues.js";

/** How a message is built as a turn of conversation (not what it is about: that is the analysis). */
export interface MessageShape {
  /** The text after a topic-switch marker ("换个问题，道真有啥项目" → "道真有啥项目"), or null. */
  switchedTo: string | null;
  /** The opening word that ties it to the conversation, if any. */
  opening: "continuation" | "addition" | null;
  /** The text without its opening word and trailing punctuation. */
  body: string;
  /** "X呢", "X那边呢", "what about X": the body asks the previous question again about X. */
  about: boolean;
  /** "平台那条呢": the body names a clause by what it is about. */
  namesClause: boolean;
  /** `body` without the 呢-ending or the English "what about" opening. */
  aboutBody: string;
  /** A pronoun standing for the previous subject ("那它税上…", "对这种项目", "handle that"): its span in `body`. */
  backReference: { start: number; end: number } | null;
  /**
   * A demonstrative in front of a named kind of thing ("这个集群", "那个园区"): the one of that kind just
   * discussed. Its span in `body` (demonstrative and name) and the mention of the name.
   */
  pointer: { start: number; end: number; mention: ConceptMatch } | null;
  /** The message asks for the detail of what was said (具体、exactly). */
  asksDetail: boolean;
  /** The message asks for things *other* than those discussed (别的、其他). */
  asksOther: boolean;
  /**
   * "那做高纯氧化铝呢，清镇行不行": the first clause names a topic with 呢 and the rest asks about it —
   * a question of its own on a new topic. The topic's text, or null.
   */
  leadingTopic: string | null;
  /** The message puts its question to the document as a whole ("overall", "整体上"). */
  wholeDocument: boolean;
  /** The message asks for the members of a set just mentioned ("分别是哪几类", "respectively"). */
  respective: boolean;
  /**
   * "还有呢", "别的呢", "其他的呢", "what else?", "and?": only asks for more of what was just answered,
   * naming nothing of its own.
   */
  bareContinuation: boolean;
}

const TRAILING = /[呢吗？?。！!，,\s]+$/;
const LEADING = /^[，,、。\s:：]+/;

/**
 * Reads the turn-taking words of a message. `matches` are the analysis' concept matches of the same
 * text (folded positions): a demonstrative directly in front of a named thing ("这个文件") names that
 * thing and is no back reference.
 */
export function readMessageShape(text: string, matches: readonly ConceptMatch[] = [], cues: FollowUpCues = followUpCues): MessageShape {
  // Positions of `matches` are in the whole message, acknowledgement included.
  const full = text.trim();
  const q = readPastAcknowledgement(full, cues);
  const lower = q.toLowerCase();
  const switchCue = longestFirst(cues.topicSwitch).find((c) => startsWithCue(q, c) || lower.slice(0, 8).includes(c.toLowerCase()));
  const switchedTo = switchCue ? q.slice(lower.indexOf(switchCue.toLowerCase()) + switchCue.length).replace(LEADING, "").trim() : null;
  let opening: MessageShape["opening"] = null;
  let body = q;
  for (const [kind, list] of [["continuation", cues.continuation], ["addition", cues.addition]] as const) {
    // 那个/那些/那边 point at something; only a bare 那 opens a continuation.
    const cue = longestFirst(list).find((c) => startsWithCue(q, c) && !(c === "那" && /^那[个些边里块样种]/.test(q)));
    if (cue && !opening) {
      opening = kind;
      body = q.slice(cue.length).replace(LEADING, "");
    }
  }
  body = body.replace(/[？?。！!\s]+$/, "").trim();
  // "我问的是氧化铝": the corrected thing, asked as "氧化铝呢" would be.
  const correction = opening ? undefined : longestFirst(cues.correction).find((c) => startsWithCue(body, c));
  const corrected = correction ? body.slice(correction.length).replace(LEADING, "").replace(/^the\s+/i, "").replace(/[.。？?！!\s]+$/, "") : "";
  if (corrected) body = corrected;
  const ending = longestFirst(cues.aboutEnding).find((e) => body.endsWith(e));
  const englishOpening = longestFirst(cues.aboutOpening).find((o) => startsWithCue(q, o) || startsWithCue(body, o));
  const about = (ending !== undefined && body.length - ending.length <= 16) || englishOpening !== undefined || corrected !== "";
  let aboutBody = ending ? body.slice(0, body.length - ending.length) : body;
  if (englishOpening) aboutBody = aboutBody.replace(new RegExp(`^(?:and\\s+)?${escape(englishOpening)}\\b[\\s,]*`, "i"), "");
  aboutBody = aboutBody.replace(TRAILING, "").trim();
  const asksOther = cues.other.some((c) => containsCue(body, c));
  const asksDetail = cues.detail.some((c) => containsCue(body, c));
  // "里面能回收哪些金属": a message opening inside what was discussed points back at it, pronoun or not.
  const inside = longestFirst(cues.containment).find((c) => startsWithCue(body, c));
  return {
    switchedTo, opening, body, about, namesClause: about && (ending?.includes("条") ?? false), aboutBody,
    backReference: asksOther ? null : inside ? { start: 0, end: inside.length } : findBackReference(body, full, matches, cues),
    pointer: asksOther ? null : findPointer(body, full, matches, cues),
    asksDetail, asksOther,
    leadingTopic: about ? null : /^([^，,。？?]{1,16}?)(?:那边|这边|方面)?呢[，,]\s*\S/.exec(body)?.[1] ?? null,
    wholeDocument: cues.wholeDocument.some((c) => containsCue(body, c)),
    respective: cues.respective.some((c) => containsCue(body, c)),
    bareContinuation: isBareContinuation(q, cues),
  };
}

/**
 * Whether the message is made only of words asking for more (还有、别的、else) and particles, with at
 * least one of the former: "还有吗", "其他的呢", "what else?", "And?". "还有哪些园区" names a category
 * and is no bare continuation.
 */
function isBareContinuation(q: string, cues: FollowUpCues): boolean {
  const opening = longestFirst(cues.continuation.filter((c) => !cues.more.includes(c))).find((c) => startsWithCue(q, c) && !(c === "那" && /^那[个些边里块样种]/.test(q)));
  let rest = q.slice(opening?.length ?? 0).toLowerCase().replace(/[\s，,。.？?！!、~～:：…]+/g, " ");
  let asksMore = false;
  for (const w of longestFirst([...cues.more, ...cues.filler])) {
    const re = /^[a-z]/i.test(w) ? new RegExp(`\\b${escape(w)}\\b`, "gi") : new RegExp(escape(w), "g");
    if (re.test(rest)) {
      if (cues.more.includes(w)) asksMore = true;
      rest = rest.replace(re, " ");
    }
  }
  return asksMore && rest.trim() === "";
}

/**
 * The message without the acknowledgements it opens with ("ok and which park…" → "and which park…",
 * "好的，那清镇呢" → "那清镇呢"), each only when a separator follows it.
 */
function readPastAcknowledgement(q: string, cues: FollowUpCues): string {
  let out = q;
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of longestFirst(cues.acknowledgement)) {
      const m = new RegExp(`^${escape(c)}${/^[a-z]/i.test(c) ? "\\b" : ""}[，,。.!！、~～\\s]+`, "i").exec(out);
      if (m && m[0].length < out.length) {
        out = out.slice(m[0].length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Where a cue occurs in `s` (Latin cues as whole words). */
function findCue(s: string, w: string): { start: number; end: number } | null {
  const m = (/^[a-z]/i.test(w) ? new RegExp(`\\b${escape(w)}\\b`, "i") : new RegExp(escape(w))).exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Chinese demonstratives only: English "that" before a noun is as often a conjunction ("true that recycled…"). */
function findPointer(body: string, full: string, matches: readonly ConceptMatch[], cues: FollowUpCues): MessageShape["pointer"] {
  const offset = full.indexOf(body);
  for (const w of longestFirst(cues.demonstrative).filter((d) => !/^[a-z]/i.test(d))) {
    const span = findCue(body, w);
    if (!span) continue;
    const after = offset + span.end;
    const mention = matches.find((x) => x.start === after);
    if (mention) return { start: span.start, end: mention.end - offset, mention };
  }
  return null;
}

function findBackReference(body: string, full: string, matches: readonly ConceptMatch[], cues: FollowUpCues): MessageShape["backReference"] {
  const offset = full.indexOf(body);
  const words = [...cues.pronoun.map((w) => ({ w, pronoun: true })), ...cues.demonstrative.map((w) => ({ w, pronoun: false }))].sort((a, b) => b.w.length - a.w.length);
  for (const { w, pronoun } of words) {
    const latin = /^[a-z]/i.test(w);
    const span = findCue(body, w);
    if (!span) continue;
    const { start, end } = span;
    // "税这块能…": the word before is the topic; "对这块有啥要求" points back again.
    if (cues.topicMarker.includes(w) && /[\u3400-\u9fff]$/.test(body.slice(0, start)) && !cues.pointsBackAfter.some((p) => body.slice(0, start).endsWith(p))) continue;
    // Part of a name ("这个文件" is the document itself).
    if (matches.some((x) => x.start <= offset + start && x.end >= offset + end)) continue;
    if (!pronoun) {
      // 这个文件 / this policy / 长协煤那个: the demonstrative belongs to the thing next to it.
      const gap = latin ? 1 : 0;
      const before = offset + start, after = offset + end;
      if (matches.some((x) => (x.start >= after && x.start - after <= gap) || (x.end <= before && before - x.end <= gap))) continue;
    }
    return { start, end };
  }
  return null;
}

function startsWithCue(s: string, cue: string): boolean {
  if (/^[a-z]/i.test(cue)) return new RegExp(`^${escape(cue)}\\b`, "i").test(s);
  return s.startsWith(cue);
}

function containsCue(s: string, cue: string): boolean {
  return /^[a-z]/i.test(cue) ? new RegExp(`\\b${escape(cue)}\\b`, "i").test(s) : s.includes(cue);
}

function longestFirst(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
