import type { AskKind, Phrasing } from "../lexicon/phrasing-schema.js";

/**
 * Every ask kind whose cues occur in the folded question, and the primary one by the phrasing's
 * priority ("what" when none does). English cues match as whole words.
 */
export function classifyAsk(folded: string, phrasing: Phrasing): { kind: AskKind; kinds: AskKind[] } {
  const found = new Set<AskKind>();
  for (const [kind, cues] of Object.entries(phrasing.kinds) as [AskKind, string[]][]) {
    if (cues.some((c) => folded.includes(c))) found.add(kind);
  }
  for (const [kind, cues] of Object.entries(phrasing.englishKinds) as [AskKind, string[]][]) {
    if (cues.some((c) => englishCue(c).test(folded))) found.add(kind);
  }
  // 吗 at the end of a list/what question ("有哪些支持政策吗") does not make it a yes/no question.
  if (found.has("yesno") && (found.has("list") || found.has("howmuch")) && !/能不能|可不可以|行不行|是否|允许|让不让|能否|^(?:can|is|are|does|do|may|should)\b/.test(folded)) {
    found.delete("yesno");
  }
  const kinds = phrasing.priority.filter((k) => found.has(k));
  return { kind: kinds[0] ?? "what", kinds };
}

const cache = new Map<string, RegExp>();
function englishCue(cue: string): RegExp {
  let re = cache.get(cue);
  if (!re) {
    const escaped = cue.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
    // Auxiliaries (can, is, do…) ask yes/no only where they open the question or a clause of it.
    const lead = /^(?:can|could|is|are|does|do|should|may|will|is it|is there|are there|are we|is a)$/.test(cue) ? "(?:^|[,.?;!]\\s*)" : "(?<![a-z])";
    re = new RegExp(`${lead}${escaped}(?![a-z])`);
    cache.set(cue, re);
  }
  return re;
}
