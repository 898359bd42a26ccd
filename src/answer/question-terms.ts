import { expandShortYears } from "../retrieval/analysis/expand-short-years.js";
import { foldForMatch } from "../corpus/normalize-text.js";
import { loadQuestionCues } from "./question-cues.js";

/**
 * The content of a question with its question words removed: "到2027年再生铝占比目标是多少？" →
 * "再生铝占比". Used to score sentences and to carry a topic into follow-up questions.
 */
export function extractTopic(question: string): string {
  const cues = loadQuestionCues();
  let s = expandShortYears(question).replace(/(?:到|在)?(?:19|20)\d{2}\s*年(?:底|末)?/g, "");
  // An absent word would split into the text itself: testing first spares the two allocations.
  for (const w of longestFirst(cues.topicNoise)) if (s.includes(w)) s = s.split(w).join(" ");
  s = s.replace(new RegExp(cues.particles, "g"), " ");
  return s.split(/\s+/).filter((p) => p.length >= 2 || /[a-z0-9]/i.test(p)).join("");
}

/**
 * The noise words longest first, sorted once per list: every answer extracts topics several times and
 * re-sorting the same list each time was a visible share of a warm answer. Keyed by the list itself,
 * so a different cue list (tests) gets its own order.
 */
const sortedNoise = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = sortedNoise.get(words);
  if (!sorted) sortedNoise.set(words, (sorted = [...words].sort((a, b) => b.length - a.length)));
  return sorted;
}

/** Han-character bigrams (and ASCII tokens) of a topic, folded for matching. */
export function topicTerms(topic: string): string[] {
  const f = foldForMatch(topic);
  const terms = new Set<string>();
  for (const m of f.matchAll(/[a-z0-9.%]+/g)) if (m[0].length >= 2) terms.add(m[0]);
  const han = f.replace(/[^\u3400-\u9fff]+/g, " ").split(" ");
  for (const run of han) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  return [...terms];
}

/** Share of the question's terms that occur in `text` (0..1). */
export function overlapScore(terms: readonly string[], text: string): number {
  if (terms.length === 0) return 0;
  const f = foldForMatch(text);
  let hit = 0;
  for (const t of terms) if (f.includes(t)) hit++;
  return hit / terms.length;
}

/** The four-digit years a question names (short ones read by the one year rule, expandShortYears). */
export function extractYears(text: string): number[] {
  return [...expandShortYears(text).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
}
