/**
 * Numbers with their unit are kept as single tokens (400ka, 20%, 200万吨/年, 2027年) because a bare
 * "400" or "20" matches nothing useful. Input must already be folded (see foldText).
 */
const NUMBER_WITH_UNIT = /(\d+(?:\.\d+)?)(ka|kv|%|万吨\/年|万吨|亿吨|吨|亿元|万元|元|户|家|个|年|月|日|天|小时|千瓦时|度)?/g;

export interface NumberToken {
  /** e.g. "400ka", "20%", "2027年", or the bare number when no unit follows. */
  token: string;
  unit: string | null;
}

export function extractNumberTokens(folded: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of folded.matchAll(NUMBER_WITH_UNIT)) {
    const value = String(Number(m[1]));
    const unit = m[2] ?? null;
    out.push({ token: `${value}${unit ?? ""}`, unit });
  }
  return out;
}
