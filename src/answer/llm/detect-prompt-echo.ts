import { foldForMatch } from "../../corpus/normalize-text.js";

/** Shared run of folded characters long enough that an answer repeating it is quoting the prompt. */
const WINDOW = 12;

/**
 * What a faithful answer may repeat from the prompts is removed first: phrases the prompt tells the
 * model to say (“…”), the document title (《…》), document numbers (〔…〕), asides (（…）) and
 * {placeholders}. The rest is instruction text; an answer carrying it is a leaked prompt.
 */
const SAYABLE = /“[^”]*”|《[^》]*》|〔[^〕]*〕|（[^）]*）|\{\w+\}|\n/g;

export type PromptEchoDetector = (answer: string, allowedTexts: readonly string[]) => boolean;

/** True when `answer` contains a WINDOW-long piece of the prompts' instructions that no allowed text (the cited clauses) contains. */
export function createPromptEchoDetector(prompts: readonly string[]): PromptEchoDetector {
  const windows = new Set<string>();
  for (const prompt of prompts) {
    for (const segment of prompt.split(SAYABLE)) {
      const folded = foldForMatch(segment);
      for (let i = 0; i + WINDOW <= folded.length; i++) windows.add(folded.slice(i, i + WINDOW));
    }
  }
  return (answer, allowedTexts) => {
    const folded = foldForMatch(answer);
    const allowed = allowedTexts.map(foldForMatch);
    for (let i = 0; i + WINDOW <= folded.length; i++) {
      const w = folded.slice(i, i + WINDOW);
      if (windows.has(w) && !allowed.some((t) => t.includes(w))) return true;
    }
    return false;
  };
}
