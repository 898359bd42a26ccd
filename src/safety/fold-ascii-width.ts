/**
 * Folds full-width letters, digits and ASCII symbols to half-width (ＡＢＣ１２３％ → ABC123%) and the
 * ideographic space to a space. Chinese punctuation that merely shares the full-width block
 * (，。：；！？（）“”) is kept: clause labels such as 三（四） and sentence structure depend on it.
 */
const KEEP_FULL_WIDTH = new Set(["，", "：", "；", "！", "？", "（", "）"]);

export function foldAsciiWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => (KEEP_FULL_WIDTH.has(c) ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\u3000/g, " ");
}
