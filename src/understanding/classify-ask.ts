import type { AskKind, Phrasing } from "../lexicon/phrasing-schema.js";
import { canonEnglish, canonPhrase } from "../text/english-canon.js";

/**
 * Every ask kind whose cues occur in the folded question, and the primary one by the phrasing's
 * priority ("what" when none does). English cues match as whole words of the canonical view
 * (canonEnglish), so "which park" is also "which parks" and "who oversees" also "who oversee".
 */
export function classifyAsk(text: string, phrasing: Phrasing): { kind: AskKind; kinds: AskKind[] } {
  const folded = unwrapPoliteRequest(text, phrasing);
  const found = new Set<AskKind>();
  for (const o of chineseCues(folded, phrasing)) found.add(o.kind);
  const english = /[a-z]/.test(folded) ? canonEnglish(folded).text : "";
  for (const [kind, cues] of Object.entries(phrasing.englishKinds) as [AskKind, string[]][]) {
    if (english && cues.some((c) => englishCue(c).test(english))) found.add(kind);
  }
  // Folding glues a number to the word after it (2027 target → 2027target); a frame reads the word.
  if (english) for (const kind of englishFramed(english.replace(/([0-9])([a-z])/g, "$1 $2"), phrasing)) found.add(kind);
  // 吗 at the end of a list/what question ("有哪些支持政策吗") does not make it a yes/no question.
  if (found.has("yesno") && (found.has("list") || found.has("howmuch")) && !/能不能|可不可以|行不行|是否|允许|让不让|能否|^(?:can|is|are|does|do|may|should)\b/.test(folded)) {
    found.delete("yesno");
  }
  const kinds = phrasing.priority.filter((k) => found.has(k));
  return { kind: kinds[0] ?? "what", kinds };
}

/**
 * How far (characters) the noun may stand after the question word of an ask frame: "提到哪些【税收方面的优惠
 * 政策】" puts eleven characters between 哪些 and the end of 政策.
 */
const ASK_FRAME_SPAN = 12;

/** Ask frames found in the text, each spanning from its question word to the end of its noun. */
function framedCues(folded: string, phrasing: Phrasing): CueAt[] {
  const out: CueAt[] = [];
  for (const [kind, frames] of Object.entries(phrasing.frames) as [AskKind, [string[], string[]][]][]) {
    for (const [asks, nouns] of frames) {
      for (const a of asks) {
        for (let i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) {
          const from = i + a.length;
          const after = folded.slice(from, from + ASK_FRAME_SPAN);
          const ends = nouns.flatMap((n) => {
            const at = after.indexOf(n);
            return at >= 0 ? [from + at + n.length] : [];
          });
          if (ends.length) out.push({ kind, start: i, end: Math.min(...ends), head: from });
        }
      }
    }
  }
  return out;
}

interface CueAt {
  kind: AskKind;
  start: number;
  end: number;
  /** For a frame: where its question word ends (it competes only there — 有哪些【量化】目标 still asks howmuch). */
  head?: number;
}

/**
 * Every occurrence of a Chinese cue, except one overlapped by a cue of another kind that reaches
 * further right: a question word binds to what follows it — "在哪年之前退出" asks which year (哪年), not
 * where (在哪); "有哪些园区" asks where (哪些园区), and "什么时候" asks when, not what.
 */
function chineseCues(folded: string, phrasing: Phrasing): CueAt[] {
  const all: CueAt[] = [];
  for (const [kind, cues] of Object.entries(phrasing.kinds) as [AskKind, string[]][]) {
    for (const c of cues) {
      for (let i = folded.indexOf(c); i >= 0; i = folded.indexOf(c, i + 1)) all.push({ kind, start: i, end: i + c.length });
    }
  }
  all.push(...framedCues(folded, phrasing));
  // Two frames of one question word: the nearer noun is what it asks ("哪些【园区】可以布局电解铝【项目】" asks where).
  const sameWord = (o: CueAt, p: CueAt) => o.head !== undefined && o.head === p.head && o.start === p.start;
  return all.filter((o) => !all.some((p) => p.kind !== o.kind && p.start < o.end && o.start < (p.head ?? p.end) && p.end > o.end && !sameWord(o, p)));
}

/**
 * How many words may stand between an English frame's question word and its noun: "what is the 2027
 * smart factory penetration【target】" puts five there.
 */
const ENGLISH_FRAME_WORDS = 5;

/**
 * Words that make the question word ask about a verb, not the noun after it: "what does the
 * department do" asks what it does, "which parks should the department support" where.
 */
const FRAME_BREAKERS = ["does", "do", "did", "is", "are", "was", "were", "should", "will", "would", "can", "could", "may", "must", "has", "have", "shall", "about", "of"]
  .map((w) => canonPhrase(w))
  .join("|");

/** Kinds whose English frames occur in the canonical view of the question. */
function englishFramed(canon: string, phrasing: Phrasing): AskKind[] {
  const out: AskKind[] = [];
  for (const [kind, frames] of Object.entries(phrasing.englishFrames) as [AskKind, [string[], string[]][]][]) {
    if (frames.some(([asks, nouns]) => frameRegex(asks, nouns, kind).test(canon))) out.push(kind);
  }
  return out;
}

const frameCache = new Map<string, RegExp>();
function frameRegex(asks: readonly string[], nouns: readonly string[], kind: AskKind): RegExp {
  const key = `${kind}#${asks.join("|")}#${nouns.join("|")}`;
  let re = frameCache.get(key);
  if (!re) {
    const alt = (words: readonly string[]) => words.map((w) => canonPhrase(w).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
    // A copula right after the question word ("what's the target", "what is the target", "which are the
    // parks") is the verb of the noun that follows: it keeps the frame; any later verb breaks it.
    // "What are the … targets" lists them, as 目标有哪些 does, and is left to the list cue; "what is the …
    // target" asks the figure.
    const copula = kind === "howmuch" ? "is|was" : "is|are|was|were";
    const gap = `(?:'s|\\s+(?:${copula})(?![a-z]))?(?:[\\s,-]+(?!(?:${FRAME_BREAKERS})(?![a-z]))[a-z0-9'%-]+){0,${ENGLISH_FRAME_WORDS}}?[\\s-]+`;
    re = new RegExp(`(?<![a-z])(?:${alt(asks)})${gap}(?:${alt(nouns)})(?![a-z])`);
    frameCache.set(key, re);
  }
  return re;
}

const cache = new Map<string, RegExp>();
function englishCue(cue: string): RegExp {
  let re = cache.get(cue);
  if (!re) {
    const escaped = canonPhrase(cue).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
    // Auxiliaries (can, is, do…) ask yes/no only where they open the question or a clause of it.
    const lead = /^(?:can|could|is|are|does|do|did|has|have|should|may|will|would|must|is it|is there|are there|are we|is a)$/.test(cue) ? "(?:^|[,.?;!:]\\s*)" : "(?<![a-z])";
    re = new RegExp(`${lead}${escaped}(?![a-z])`);
    cache.set(cue, re);
  }
  return re;
}

/**
 * The question inside a polite request: "能帮忙看下文件对这类项目是怎么要求的吗" asks how (怎么要求), and its
 * 能…吗 asks for help; "能帮忙查下再生铝的目标吗" asks what the target is (no cue left: what).
 */
function unwrapPoliteRequest(folded: string, phrasing: Phrasing): string {
  const wrapper = phrasing.politeRequests.find((w) => folded.includes(w));
  if (!wrapper) return folded;
  return folded.split(wrapper).join(" ").replace(/(?:吗|么)\s*[？?]?\s*$/, "");
}
