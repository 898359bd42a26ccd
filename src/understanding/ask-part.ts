import type { Phrasing } from "../lexicon/phrasing-schema.js";
import { foldText as fold } from "../text/fold-text.js";
import { classifyAsk } from "./classify-ask.js";

/** A half-open range of the folded text. */
export interface Span {
  start: number;
  end: number;
}

/** Messages shorter than this are one ask, however they are punctuated. */
const LONG_MESSAGE = 28;
const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;\n]*/g;

/**
 * The part of a long message that asks. "我们是一家在清镇做铝型材的民营企业，去年产值三个多亿。最近想扩产
 * 做汽车轮毂。省里对汽车用铝有什么发展方向？" tells who asks before it asks: what the asker says about
 * itself (its output last year, its plans) is context, not the topic asked about, so a topic the
 * document does not cover that is only mentioned there must not turn the question into a refusal.
 * The ask is every sentence ending in a question mark, or, when none does, every sentence with a
 * question cue; a message with one sentence, or with no such sentence, is all ask (null).
 */
export function findAskPart(folded: string, phrasing: Phrasing): Span[] | null {
  if (folded.length < LONG_MESSAGE) return null;
  const sentences = [...folded.matchAll(SENTENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  if (sentences.length < 2) return null;
  // A question mark says which sentence asks; without one, a sentence with a question cue does.
  const marked = sentences.filter((s) => /[？?]\s*$/.test(s.text));
  // After the first question, a sentence carrying a question cue of its own asks too, question mark or not:
  // "文件里有没有推荐的改造路径？顺便问下推荐用哪些数字化工具。"
  const first = marked[0]?.start ?? Infinity;
  // A which-word (哪些工具) asks whatever noun follows it; "什么" alone in background ("做什么的") does not.
  const trailing = (s: (typeof sentences)[number]) =>
    s.start > first && !marked.includes(s) && (/哪(?:些|几|个|种|类)/.test(s.text) || classifyAsk(s.text, phrasing).kinds.some((k) => k !== "what"));
  const asks = marked.length ? sentences.filter((s) => marked.includes(s) || trailing(s)) : sentences.filter((s) => classifyAsk(s.text, phrasing).kinds.length > 0);
  if (asks.length === 0 || asks.length === sentences.length) return null;
  return asks.map(({ start, end }) => ({ start, end }));
}

/**
 * "听说省里要搞废铝回收基地，是真的吗？另外再生铝税上有没有照顾？" asks two things: the sentences ending in a
 * question mark, when there are two or more and each names a subject of its own (a specific concept
 * no earlier one named). Each is answered on its own; the display-form sentences are returned (the
 * folded form's offsets differ from the display text's, so sentences are matched by their folded form).
 * Fewer than two such sentences: [] (one question, however many question marks).
 */
export function findCompoundParts(text: string, folded: string, subjectsIn: (span: Span) => readonly string[]): string[] {
  if (folded.length < LONG_MESSAGE) return [];
  const marked = [...folded.matchAll(SENTENCE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((s) => /[？?]\s*$/.test(s.text));
  if (marked.length < 2) return [];
  const seen = new Set<string>();
  for (const span of marked) {
    const own = subjectsIn(span);
    if (!own.some((id) => !seen.has(id))) return [];
    for (const id of own) seen.add(id);
  }
  const display = [...text.matchAll(SENTENCE)].map((m) => m[0]);
  const parts = marked.map((span) => display.find((d) => fold(d).trim() === span.text.trim()));
  return parts.every((p): p is string => p !== undefined) ? parts.map((p) => p.trim()) : [];
}

export function inSpans(spans: readonly Span[] | null, start: number, end: number): boolean {
  return spans === null || spans.some((s) => start >= s.start && end <= s.end);
}
