import terms from "../data/admission-terms.json" with { type: "json" };

const SEGMENT_RE = /[，。；！？,.;!?\s]+|但是|但|不过|可是|然而/;

/** Splits colloquial text into clauses so "有指标，但没做环评" judges each fact in its own piece. */
export function splitSegments(text: string): string[] {
  return text.split(SEGMENT_RE).map((s) => s.trim()).filter(Boolean);
}

/**
 * Polarity of one clause: negated (没有/未/尚未/还没…) → false, affirmed (有/已/完成…) → true,
 * neither → null. Compounds like 无害化 are masked first so they do not read as negation.
 */
export function segmentPolarity(segment: string, extraNegations: readonly string[] = []): boolean | null {
  let s = segment;
  for (const w of terms.negationFalseFriends) s = s.split(w).join("");
  if ([...terms.negations, ...extraNegations].some((w) => s.includes(w))) return false;
  if (terms.affirmations.some((w) => s.includes(w))) return true;
  return null;
}

/**
 * Polarity of a fact over a whole text: every clause that mentions one of `factTerms` votes; any
 * negative vote wins, because facts like 已公告 need every part to hold ("有指标但还没公告" → false).
 */
export function factPolarity(text: string, factTerms: readonly string[], extraNegations: readonly string[] = []): boolean | null {
  let result: boolean | null = null;
  for (const seg of splitSegments(text)) {
    if (!factTerms.some((t) => seg.includes(t))) continue;
    const p = segmentPolarity(seg, extraNegations);
    if (p === false) return false;
    if (p === true) result = true;
  }
  return result;
}

/** True when the answer says the user does not know / wants the report now. */
export function isUnknownAnswer(text: string): boolean {
  return terms.unknownAnswers.some((w) => text.includes(w));
}
