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
