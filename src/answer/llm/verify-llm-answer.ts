import type { Clause } from "../../corpus/clause-schema.js";
import type { Citation } from "../../reply/reply-schema.js";
import { buildCitation } from "../build-citation.js";
import { containsNumber, extractNumbers } from "./extract-numbers.js";
import type { LlmAnswer } from "./llm-answer-schema.js";

export interface VerificationResult {
  /** Citations whose clause was retrieved and whose quote occurs in it, rebuilt from the corpus. */
  citations: Citation[];
  /** Why citations were dropped, for the log. */
  dropped: { clauseId: string; reason: "unknown-clause" | "quote-not-in-clause" }[];
  /** Figures in the answer that no valid cited clause contains. */
  unsupportedNumbers: string[];
  /** The answer text with markers the model wrote removed (citations are rendered from the corpus). */
  answerText: string;
}

/**
 * Checks a model answer against the retrieved clauses: clause ids must be retrieved ones, quotes must
 * occur in their clause (after foldForMatch), and every figure in the answer must occur in a clause
 * that survives as a citation. Labels and titles always come from the parsed clause, never the model.
 * `figureSources` are further texts a figure may come from: only the rule engine's admission reports
 * (the user's own project facts as the rules read them, e.g. 350kA), never the model's words.
 */
export function verifyLlmAnswer(raw: LlmAnswer, retrieved: readonly Clause[], figureSources: readonly string[] = []): VerificationResult {
  const byId = new Map(retrieved.map((c) => [c.clauseId, c]));
  const citations: Citation[] = [];
  const dropped: VerificationResult["dropped"] = [];
  for (const c of raw.citations) {
    const clause = byId.get(c.clauseId.trim());
    if (!clause) {
      dropped.push({ clauseId: c.clauseId, reason: "unknown-clause" });
      continue;
    }
    const citation = buildCitation(clause, c.quote.trim());
    if (!citation) {
      dropped.push({ clauseId: c.clauseId, reason: "quote-not-in-clause" });
      continue;
    }
    if (!citations.some((x) => x.clauseId === citation.clauseId && x.quote === citation.quote)) citations.push(citation);
  }
  // Markers like 〔三（四）〕 or [3.4] are the model's; ours are rendered from verified citations.
  const answerText = raw.answer.replace(/〔[^〕]*〕|\[\d+(?:\.\d+)?\]/g, "").trim();
  const citedTexts = [...citations.map((c) => byId.get(c.clauseId)!.text), ...figureSources];
  const unsupportedNumbers = [...new Set(extractNumbers(answerText))].filter((n) => !citedTexts.some((t) => containsNumber(t, n)));
  return { citations, dropped, unsupportedNumbers, answerText };
}
