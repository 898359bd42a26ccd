import { z } from "zod";
import type { Clause } from "../corpus/clause-schema.js";
import { foldForMatch } from "../corpus/normalize-text.js";

/**
 * How binding a sentence of the document is, read from its wording: a hard requirement (严禁、须、应、
 * 依法、不得、要) breached is ❌; a conditional one (原则上…) breached is ❌ with its exception stated;
 * guidance (鼓励、引导、支持、推动) is never ❌ – it is shown as 💡 建议 with the quote.
 */
export const RuleStrengthSchema = z.enum(["hard", "conditional", "guidance"]);
export type RuleStrength = z.infer<typeof RuleStrengthSchema>;

const StrengthWordsSchema = z.object({
  conditional: z.array(z.string().min(2)).min(1),
  hard: z.array(z.string().min(1)).min(1),
  guidance: z.array(z.string().min(2)).min(1),
  /** Compounds that contain a marker but are not one (供应 is not 应, 主要 is not 要). */
  falseFriends: z.array(z.string().min(2)),
});

/** Validated when the module loads. */
const WORDS = StrengthWordsSchema.parse({
  conditional: ["原则上"],
  hard: ["严禁", "禁止", "不得", "必须", "应当", "依法", "严格", "严厉", "须", "应", "要"],
  guidance: ["鼓励", "引导", "支持", "推动", "推进", "推广", "倡导", "积极", "力争", "培育", "探索"],
  falseFriends: [
    "供应", "应用", "适应", "响应", "相应", "对应", "应对", "应急", "效应", "反应", "需要", "要求", "主要", "重要", "要素",
    "只要", "纲要", "摘要", "必要", "须知",
  ],
});

export interface StrengthReading {
  strength: RuleStrength;
  /** The word that decided it (依法、原则上、引导…); null for a plain statement (…实现清零), read as binding. */
  marker: string | null;
}

/** Masks false friends with same-length filler so positions stay valid. */
function mask(text: string): string {
  let s = text;
  for (const w of WORDS.falseFriends) if (s.includes(w)) s = s.split(w).join("　".repeat(w.length));
  return s;
}

/** The leftmost marker in a piece of text, or null. */
function leftmostMarker(text: string): StrengthReading | null {
  const s = mask(text);
  const conditional = WORDS.conditional.find((w) => s.includes(w));
  if (conditional) return { strength: "conditional", marker: conditional };
  let best: { at: number; reading: StrengthReading } | null = null;
  for (const strength of ["hard", "guidance"] as const) {
    for (const w of WORDS[strength]) {
      const at = s.indexOf(w);
      if (at === -1) continue;
      if (!best || at < best.at || (at === best.at && w.length > (best.reading.marker?.length ?? 0))) best = { at, reading: { strength, marker: w } };
    }
  }
  return best?.reading ?? null;
}

/**
 * Reads the strength of the clause wording a rule rests on. The phrase holding `basis` decides
 * (up to the end of `basis`: "新建、扩建氧化铝项目原则上应具有…" is conditional); a phrase without a
 * marker takes the nearest marker before it in the same sentence ("支持…开发区，充分论证…，有序布局…"
 * is guidance throughout); a sentence without any marker is a plain statement of what must be (hard).
 * Null when `basis` does not occur in the clause.
 */
export function readRuleStrength(clause: Clause, basis: string): StrengthReading | null {
  const sentences = clause.text.split(/(?<=[。；])/);
  const key = foldForMatch(basis);
  for (const sentence of sentences) {
    let at = sentence.indexOf(basis);
    let text = sentence;
    if (at === -1) {
      const folded = foldForMatch(sentence);
      at = folded.indexOf(key);
      if (at === -1) continue;
      text = folded;
    }
    const end = at + (text === sentence ? basis.length : key.length);
    const phraseStart = Math.max(...["，", ",", "：", ":"].map((p) => text.lastIndexOf(p, at - 1))) + 1;
    const own = leftmostMarker(text.slice(phraseStart, end));
    if (own) return own;
    // Walk back phrase by phrase to the start of the sentence.
    const before = text.slice(0, phraseStart).split(/[，,：:]/).reverse();
    for (const phrase of before) {
      const m = leftmostMarker(phrase);
      if (m) return m;
    }
    return { strength: "hard", marker: null };
  }
  return null;
}
