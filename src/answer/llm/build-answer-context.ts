import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Retriever, RetrievalHit } from "../../retrieval/retriever.js";
import type { AnswerDraft } from "../answer-draft.js";
import type { AnswerRequest } from "../compose-offline-answer.js";
import type { QueryRewriter } from "./create-query-rewriter.js";
import { estimateTokens } from "./estimate-tokens.js";
import { formatClause, formatClauseContext } from "./format-clause-context.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";

export interface AnswerContext {
  /** document: every clause of the corpus; retrieved: the retrieved clauses that fit the budget. */
  kind: "document" | "retrieved";
  /** The clauses in the prompt, in prompt order: the only ones an answer may cite. */
  clauses: Clause[];
  /** Queries the model rewrote the question into (retrieved mode only). */
  queries: string[];
  messages: BaseMessage[];
  estimatedTokens: number;
}

export interface AnswerContextDeps {
  prompts: Pick<Prompts, "system" | "answer">;
  /** Every clause of the corpus, in document order. */
  clauses: readonly Clause[];
  /** ALUBOT_LLM_CONTEXT_TOKENS: the estimated size the whole prompt (system + user message) may have. */
  budgetTokens: number;
  retriever?: Retriever;
  rewriter?: QueryRewriter;
}

const SCOPE_DOCUMENT = "《关于推进铝产业高质量发展的指导意见》的全部条款";
const SCOPE_RETRIEVED = "与问题相关的条款（检索所得，不是文件全文）";

/**
 * Builds the answer prompt by budget. When the whole corpus fits, the prompt carries every clause
 * (with id, label, title and departments), in document order — retrieval cannot be the bottleneck,
 * and the identical prefix lets a server reuse its prompt cache. Above the budget it carries the
 * retrieved clauses plus those found by model-rewritten queries (multi-query), ranked round-robin,
 * as many as fit. The offline answer and its scope judgement are inputs either way, never a gate.
 */
export function createAnswerContextBuilder(deps: AnswerContextDeps): (req: AnswerRequest, offline: AnswerDraft) => Promise<AnswerContext> {
  const documentBlock = formatClauseContext(deps.clauses);
  const render = (clausesText: string, scope: string, req: AnswerRequest, offline: AnswerDraft): BaseMessage[] => [
    new SystemMessage(deps.prompts.system),
    new HumanMessage(
      fillTemplate(deps.prompts.answer, {
        scope,
        clauses: clausesText,
        judgement: describeOfflineJudgement(req, offline),
        offline: asDelimitedData(offline.outOfScope ? "（离线检索未找到依据）" : offline.answer),
        question: asDelimitedData(req.question),
      }),
    ),
  ];
  const size = (messages: BaseMessage[]) => messages.reduce((n, m) => n + estimateTokens(String(m.content)), 0);

  return async (req, offline) => {
    const whole = render(documentBlock, SCOPE_DOCUMENT, req, offline);
    const wholeSize = size(whole);
    if (wholeSize <= deps.budgetTokens) return { kind: "document", clauses: [...deps.clauses], queries: [], messages: whole, estimatedTokens: wholeSize };

    const queries = deps.rewriter && deps.retriever ? await deps.rewriter.rewrite(req.question) : [];
    const extra = deps.retriever ? await Promise.all(queries.map((q) => deps.retriever!.retrieve(q, { k: 5 }))) : [];
    const candidates = rankCandidates(req.contextClauses ?? [], [req.retrieval.hits, ...extra.map((r) => r.hits)]);
    // Clause blocks add up (estimateTokens is additive up to rounding; +2 covers the separator and it).
    let used = size(render("", SCOPE_RETRIEVED, req, offline));
    const picked: Clause[] = [];
    for (const c of candidates) {
      const cost = estimateTokens(formatClause(c)) + 2;
      if (used + cost > deps.budgetTokens) continue;
      picked.push(c);
      used += cost;
    }
    // A budget smaller than one clause still gets the best one: an answer needs something to cite.
    if (picked.length === 0 && candidates[0]) picked.push(candidates[0]);
    const messages = render(formatClauseContext(picked), SCOPE_RETRIEVED, req, offline);
    return { kind: "retrieved", clauses: picked, queries, messages, estimatedTokens: size(messages) };
  };
}

/** Context clauses first, then the hit lists round-robin (original question, then each rewrite). */
function rankCandidates(context: readonly Clause[], lists: readonly (readonly RetrievalHit[])[]): Clause[] {
  const seen = new Set<string>();
  const out: Clause[] = [];
  const add = (c: Clause) => {
    const key = `${c.docId}#${c.clauseId}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  context.forEach(add);
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (l[i]) add(l[i]!.clause);
  return out;
}

/** The offline engine's judgement as prompt input: facts only, never the user's words (those stay in data blocks). */
export function describeOfflineJudgement(req: AnswerRequest, offline: AnswerDraft): string {
  const confidence = req.retrieval.confidence.toFixed(2);
  const cited = [...new Set(offline.citations.map((c) => c.clauseId))];
  const context = (req.contextClauses ?? []).map((c) => c.clauseId);
  const parts = [
    offline.outOfScope
      ? `离线检索判断文件可能未涉及此问题（检索置信度 ${confidence}）`
      : `离线检索判断文件涉及此问题（检索置信度 ${confidence}）${cited.length ? `，离线回答引用了条款 ${cited.join("、")}` : ""}`,
  ];
  if (context.length) parts.push(`此前对话涉及条款 ${context.join("、")}`);
  return `${parts.join("；")}。`;
}
