/**
 * Spoken question words: a lexicon form written with one (什么时候印发) also matches the others
 * (啥时候印发, 几时印发), so the data is written once in either register.
 */
/** Interchangeable question words of spoken Chinese; each group's members replace one another. */
const SPOKEN_QUESTION_WORDS: readonly (readonly string[])[] = [
  ["什么时候", "啥时候", "几时"],
  ["为什么", "为啥"],
  ["什么", "啥"],
  ["怎么", "咋"],
  ["哪里", "哪儿"],
];

export function spokenAlternates(form: string): string[] {
  const out = new Set<string>();
  for (const group of SPOKEN_QUESTION_WORDS) {
    const word = group.find((w) => form.includes(w));
    if (!word) continue;
    for (const other of group) if (other !== word) out.add(form.split(word).join(other));
    break;
  }
  return [...out];
}
