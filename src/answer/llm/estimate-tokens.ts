/**
 * A conservative token estimate that needs no tokenizer tables (getNumTokens/encodingForModel
 * download them at run time, and alubot must work offline). Rule: every CJK character (Han,
 * CJK punctuation, full-width forms) counts 1 token; all other text counts 1 token per 4
 * characters, rounded up. Real tokenizers spend about 0.6–1 token per Chinese character (Qwen,
 * DeepSeek, GLM, cl100k/o200k) and about 4 characters per token of English, so the estimate errs
 * high and a prompt judged to fit really does.
 */
export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;
