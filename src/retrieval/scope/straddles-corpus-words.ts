/**
 * True when an "unknown" word is a segmentation artefact that straddles two words the corpus
 * knows: in 风电光伏 the segmenter may cut 风/电光/伏, yet 风电 and 光伏 both occur in the corpus.
 * Tested at every split of the word, with the question's characters just before and after it.
 */
export function straddlesCorpusWords(word: string, question: string, corpusText: string): boolean {
  const chars = [...word];
  if (chars.length < 2) return false;
  for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1)) {
    const before = [...question.slice(0, at)].at(-1);
    const after = [...question.slice(at + word.length)][0];
    if (!before || !after) continue;
    for (let k = 1; k < chars.length; k++) {
      const left = before + chars.slice(0, k).join("");
      const right = chars.slice(k).join("") + after;
      if (corpusText.includes(left) && corpusText.includes(right)) return true;
    }
  }
  return false;
}
