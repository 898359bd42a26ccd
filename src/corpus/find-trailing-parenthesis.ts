/**
 * Finds the parenthesised group that closes a paragraph ("……。（省发展改革委、省商务厅）"), honouring
 * nested parentheses such as 遵义和平（苟江）经开区. Returns null when the paragraph does not end
 * with one, or when it is not preceded by a sentence end (then it is an aside, not a list).
 */
export function findTrailingParenthesis(text: string): { body: string; inner: string } | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("）")) return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed[i];
    if (c === "）") depth++;
    else if (c === "（") {
      depth--;
      if (depth === 0) {
        const body = trimmed.slice(0, i);
        if (body.length > 0 && !/[。！？；]$/.test(body)) return null;
        return { body, inner: trimmed.slice(i + 1, -1) };
      }
    }
  }
  return null;
}
