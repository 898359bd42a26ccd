import { createRequire } from "node:module";
import type { Concept } from "./concept-schema.js";
import type { ConceptMatch } from "./lexicon.js";

/** A lexicon surface form as the homophone index needs it: the folded form and its concept. */
export interface PinyinSurface {
  form: string;
  concept: Concept;
}

const HAN = /^[\u3400-\u9fff]+$/;
// Loaded on first homophone match (pinyin-pro's tables cost ~100 ms that most questions never need).
const requireCjs = createRequire(import.meta.url);
type PinyinModule = typeof import("pinyin-pro");
let pinyinModule: PinyinModule | null = null;
/** Toneless syllables of Han text, one per character (ü written v). */
function syllablesOf(text: string): string[] {
  pinyinModule ??= requireCjs("pinyin-pro") as PinyinModule;
  return pinyinModule.pinyin(text, { toneType: "none", type: "array", v: true });
}

/**
 * Homophone tolerance for pinyin-input mistypes (氧化吕 for 氧化铝, 钢玉 for 刚玉): a run of at least
 * two Han characters whose toneless syllables equal a lexicon form's and which keeps at least one of
 * its characters — single syllables, and sound-alikes sharing no character, are far too ambiguous.
 */
export function createPinyinIndex(surfaces: readonly PinyinSurface[]) {
  let index: Map<string, PinyinSurface[]> | null = null;
  const syllables = syllablesOf;
  const build = () => {
    const m = new Map<string, PinyinSurface[]>();
    const han = surfaces.filter((s) => HAN.test(s.form) && s.form.length >= 2 && s.form.length <= 6);
    // One pinyin call over every form (|-separated) costs a seventh of one call per form.
    const all = syllables(han.map((s) => s.form).join("|"));
    let at = 0;
    for (const s of han) {
      const key = all.slice(at, at + s.form.length).join(" ");
      at += s.form.length + 1;
      const list = m.get(key);
      if (list) list.push(s);
      else m.set(key, [s]);
    }
    return m;
  };
  // Forms of four or more characters by length and first two, and by length and last two characters: a
  // run that differs from a form in one character keeps one of those pairs, so it is a candidate
  // without any pinyin work (two keys per form keep this index cheap to build on a cold start).
  let oneOff: Map<string, PinyinSurface[]> | null = null;
  const buildOneOff = () => {
    const m = new Map<string, PinyinSurface[]>();
    const add = (key: string, s: PinyinSurface) => {
      const list = m.get(key);
      if (list) list.push(s);
      else m.set(key, [s]);
    };
    for (const s of surfaces) {
      if (s.form.length < ONE_OFF_MIN || s.form.length > 8 || !HAN.test(s.form)) continue;
      add(`${s.form.length}<${s.form.slice(0, 2)}`, s);
      add(`${s.form.length}>${s.form.slice(-2)}`, s);
    }
    return m;
  };
  /** The one position where the piece differs from the form, or -1 when it differs in none or several. */
  const differsAt = (piece: string, form: string): number => {
    let at = -1;
    for (let j = 0; j < piece.length; j++) {
      if (piece[j] === form[j]) continue;
      if (at >= 0) return -1;
      at = j;
    }
    return at;
  };
  return {
    /**
     * A long form mistyped in one character by pinyin input (节能审察 for 节能审查, 水资源论正 for 水资源论证),
     * found even where the question names other things: with all other characters right, the run cannot
     * be other words that merely sound alike. pinyin-pro is loaded only when such a candidate exists.
     */
    matchOneOff(folded: string, taken: boolean[]): { match: ConceptMatch; typoAt: number }[] {
      oneOff ??= buildOneOff();
      const out: { match: ConceptMatch; typoAt: number }[] = [];
      for (const run of folded.matchAll(/[\u3400-\u9fff]{4,}/g)) {
        const text = run[0];
        for (let len = Math.min(8, text.length); len >= ONE_OFF_MIN; len--) {
          for (let i = 0; i + len <= text.length; i++) {
            const start = run.index + i;
            if (taken.slice(start, start + len).some(Boolean)) continue;
            const piece = text.slice(i, i + len);
            let hit: PinyinSurface | undefined;
            let at = -1;
            for (const s of [...(oneOff.get(`${len}<${piece.slice(0, 2)}`) ?? []), ...(oneOff.get(`${len}>${piece.slice(-2)}`) ?? [])]) {
              const j = differsAt(piece, s.form);
              if (j < 0 || !sameSound(piece[j]!, s.form[j]!)) continue;
              hit = s;
              at = start + j;
              break;
            }
            if (!hit) continue;
            taken.fill(true, start, start + len);
            out.push({ match: { concept: hit.concept, surface: piece, via: "pinyin", start, end: start + len }, typoAt: at });
          }
        }
      }
      return out;
    },
    match(folded: string, taken: boolean[], isWord: (text: string) => boolean): ConceptMatch[] {
      index ??= build();
      const out: ConceptMatch[] = [];
      for (const run of folded.matchAll(/[\u3400-\u9fff]{2,}/g)) {
        const text = run[0];
        const sy = syllables(text);
        if (sy.length !== text.length) continue;
        for (let len = Math.min(6, text.length); len >= 2; len--) {
          for (let i = 0; i + len <= text.length; i++) {
            const start = run.index + i;
            if (taken.slice(start, start + len).some(Boolean)) continue;
            const piece = text.slice(i, i + len);
            // 谁负 is not 税负: a two-character homophone never spans a question word or particle.
            if (len === 2 && FUNCTION_CHARS.test(piece)) continue;
            // A pinyin mistype keeps some characters of the form right (氧化吕, 卢碧经开区, 钢玉); a run that
            // shares none is other words that sound alike — 背景是 is 背景 + 是, not 北京市 — and reading
            // it as the form turns a good question into a refusal.
            const hit = index.get(sy.slice(i, i + len).join(" "))?.find((s) => s.form !== piece && sharesChar(s.form, piece));
            if (!hit) continue;
            // Two syllables are the most ambiguous: the characters as typed must not be a word already
            // (or one with a neighbour: 到企 of 到企业), or they were meant as written.
            if (len === 2 && (isWord(piece) || splitsWord(folded, start, start + len, isWord))) continue;
            taken.fill(true, start, start + len);
            out.push({ concept: hit.concept, surface: piece, via: "pinyin", start, end: start + len });
          }
        }
      }
      return out;
    },
  };
}

/** True when two Han characters read the same, tones aside (察 and 查). */
function sameSound(a: string, b: string): boolean {
  const [x, y] = syllablesOf(a + b);
  return x !== undefined && x === y;
}

/** The shortest form a one-character homophone is read against anywhere (see matchOneOff). */
const ONE_OFF_MIN = 4;

const FUNCTION_CHARS = /[谁什么哪怎吗呢啥咋吧啊呀嘛的了]/;

/** True when the span's first character ends a two-character word begun before it, or its last begins one. */
function splitsWord(folded: string, start: number, end: number, isWord: (text: string) => boolean): boolean {
  const before = start > 0 ? folded.slice(start - 1, start + 1) : "";
  const after = end < folded.length ? folded.slice(end - 1, end + 1) : "";
  return (HAN.test(before) && before.length === 2 && isWord(before)) || (HAN.test(after) && after.length === 2 && isWord(after));
}

function sharesChar(a: string, b: string): boolean {
  return [...a].some((ch, i) => b[i] === ch);
}
