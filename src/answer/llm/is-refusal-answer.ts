/**
 * The model saying the document does not cover the question (the prompts ask for “该文件未涉及此问题”;
 * models paraphrase it). Such an answer is verified like any other: no citations and no figures.
 */
const REFUSAL = /未涉及|没有涉及|并未涉及|文件(?:中)?(?:没有|未)(?:规定|提到|提及|写|说明|相关)|not (?:covered|addressed|mentioned)/i;

export function isRefusalAnswer(text: string): boolean {
  return REFUSAL.test(text);
}
