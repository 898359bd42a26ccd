import type { Answerer } from "../answer/answerer.js";
import type { AnswerRequest } from "../answer/compose-offline-answer.js";
import type { DocumentOverview } from "../answer/document-overview.js";
import { rewriteFollowUp } from "../answer/follow-up/rewrite-follow-up.js";
import type { QuestionCondenser } from "../answer/llm/create-llm-condenser.js";
import type { Logger } from "../answer/logger.js";
import { composeDocumentAnswer } from "../answer/compose-document-answer.js";
import type { Clause, DocumentMeta } from "../corpus/clause-schema.js";
import { findClauseRefs, resolveClauseRef } from "../corpus/resolve-clause-ref.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { Reply } from "../reply/reply-schema.js";
import type { ConversationState, ConversationStore } from "../store/conversation-store.js";
import type { CheckHandler } from "./check-handler.js";
import type { Engine, EngineInput, EngineIntent } from "./engine.js";
import { clauseDepartmentsReply } from "./replies/clause-departments-reply.js";
import { clauseReply } from "./replies/clause-reply.js";
import { departmentDutiesReply } from "./replies/department-duties-reply.js";
import { helpReply } from "./replies/help-reply.js";
import { errorReply, makeReply } from "./replies/make-reply.js";
import { structureReply } from "./replies/structure-reply.js";
import { targetsReply } from "./replies/targets-reply.js";
import { aggregateReply } from "./replies/aggregate-replies.js";
import { combineReplies } from "./replies/combine-replies.js";
import { asksProjectCheck, routeCommand, routeQuestion } from "./route-intent.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import { createDefaultQueryAnalyzer } from "../understanding/default-query-analyzer.js";
import { defaultLexicon } from "../lexicon/default-lexicon.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import { namesSubject } from "../understanding/decide-scope.js";

const INTENTS_WITHOUT_TEXT: ReadonlySet<EngineIntent> = new Set(["help", "targets", "reset"]);

export interface EngineDeps {
  clauses: readonly Clause[];
  documents: readonly { meta: DocumentMeta }[];
  overview: DocumentOverview;
  retriever: Retriever;
  /** The one query analysis; built over the shipped lexicon when absent (tests). */
  analyzer?: QueryAnalyzer;
  /** The lexicon the analyzer reads (follow-ups look related concepts up in it); the shipped one when absent. */
  lexicon?: Lexicon;
  answerer: Answerer;
  store: ConversationStore;
  logger: Logger;
  maxInputChars: number;
  /** LLM condense-question rewriting; absent offline (the deterministic rewrite is used). */
  condenser?: QuestionCondenser;
  /** Project admission checks (issue 5); absent = checks answer that they are unavailable. */
  checkHandler?: CheckHandler;
  now?: () => number;
}

interface Outcome {
  reply: Reply;
  /** What to remember as the user's question (the standalone form). */
  question: string;
  clauseIds: string[];
  pending?: Record<string, unknown> | null;
}

/**
 * The transport-neutral engine: commands first (reset, help), then a pending admission check, then
 * follow-up rewriting and the deterministic intent router. It never throws: every failure becomes a
 * Chinese error reply, and the conversation is only updated after a reply was produced.
 */
export function createEngine(deps: EngineDeps): Engine {
  const now = deps.now ?? Date.now;
  const analyzer = deps.analyzer ?? createDefaultQueryAnalyzer(deps.clauses);
  const followUpDeps = { analyze: (t: string) => analyzer.analyze(t), lexicon: deps.lexicon ?? defaultLexicon() };

  async function route(input: EngineInput, analysis: QueryAnalysis, state: ConversationState): Promise<Outcome> {
    // Everything below reads the normalised text (simplified characters, NFKC, full years).
    const text = analysis.text;
    const command = routeCommand(text, input.intent);
    if (command?.intent === "reset") {
      await deps.store.delete(input.conversationId);
      return { reply: makeReply({ kind: "help", answer: "已开始新的对话，之前的上下文已清空。请提问。" }), question: "", clauseIds: [], pending: null };
    }
    if (command?.intent === "help") return { reply: helpReply(deps.overview), question: text, clauseIds: [] };
    if (command?.intent === "cancel-check" && state.pendingCheck) {
      return { reply: makeReply({ kind: "answer", answer: "已取消本次项目检查。" }), question: text, clauseIds: [], pending: null };
    }
    if (command?.intent === "clause") {
      const { reply, clause } = clauseReply(text, deps.clauses, true);
      return { reply, question: clause ? `${clause.label}讲了什么？` : text, clauseIds: clause ? [clause.clauseId] : [] };
    }
    if (command?.intent === "targets") return fromList(targetsReply(deps.clauses), text);
    // "我们是做废铝回收的小厂……听说要建回收基地，是真的吗？另外税上有没有优惠？": each question of the
    // message answered on its own (a part that describes a project is still checked) — before the project
    // test, which the background sentences would pass.
    if (analysis.parts.length >= 2 && !input.intent && !state.pendingCheck) return compound(input, analysis.parts, state);
    if (command?.intent === "check" || (state.pendingCheck && !input.intent) || (!input.intent && asksProjectCheck(analysis))) {
      return runCheck(text, command?.intent === "check" ? null : state.pendingCheck);
    }

    const rewrite = rewriteFollowUp(text, state.turns, deps.clauses, analysis, followUpDeps);
    let standalone = rewrite.standalone;
    if (rewrite.isFollowUp && deps.condenser) standalone = (await deps.condenser.condense(text, state.turns)) ?? standalone;
    // A rewritten follow-up is a different question: it gets its own analysis, once.
    const asked = standalone === text ? analysis : analyzer.analyze(standalone);
    // A multi-step question the LLM agent takes (only LLM answerers claim any; offline routing is unchanged).
    if (!input.intent && deps.answerer.claims?.(standalone)) return ask(asked, rewrite.isFollowUp ? rewrite.contextClauseIds : []);
    // "还有呢": the previous question answered again from what was not shown yet. A list or summary reply
    // (targets, a clause's summary, an aggregate) would repeat itself, so the quoted answer takes it.
    if (rewrite.shown && !input.intent) return ask(asked, rewrite.contextClauseIds, { shown: rewrite.shown });
    // "上面说的稀贵金属有哪些": answered from the clauses pointed at, whatever else retrieval finds.
    if (rewrite.within && !input.intent) return ask(asked, rewrite.contextClauseIds, { within: rewrite.contextClauseIds });
    const routed = routeQuestion(asked, deps.clauses, input.intent);
    switch (routed.intent) {
      case "clause": {
        const { reply, clause } = clauseReply(routed.ref, deps.clauses, routed.full, asked.specific.filter(namesSubject), asked.kind === "list");
        return { reply, question: standalone, clauseIds: clause ? [clause.clauseId] : [] };
      }
      case "clause-departments": {
        const { reply, clause } = clauseDepartmentsReply(routed.ref, deps.clauses);
        return { reply, question: standalone, clauseIds: clause ? [clause.clauseId] : [] };
      }
      case "department-duties":
        return fromList(departmentDutiesReply([routed.department, ...(routed.also ?? [])], deps.clauses, { part: routed.part, topics: routed.topics }), standalone);
      case "targets":
        return fromList(targetsReply(deps.clauses, routed.years), standalone);
      case "check":
        return runCheck(standalone, null);
      case "document":
        return documentAnswer(asked);
      case "structure":
        return fromList(structureReply(deps.clauses), standalone);
      default: {
        const aggregate = await aggregateReply(asked, { clauses: deps.clauses, retriever: deps.retriever, analyzer });
        if (aggregate) return { reply: aggregate.reply, question: standalone, clauseIds: aggregate.clauseIds };
        return ask(asked, rewrite.isFollowUp ? rewrite.contextClauseIds : []);
      }
    }
  }

  async function compound(input: EngineInput, parts: readonly string[], state: ConversationState): Promise<Outcome> {
    const answered: { question: string; outcome: Outcome }[] = [];
    for (const question of parts) answered.push({ question, outcome: await route(input, analyzer.analyze(question), state) });
    const reply = combineReplies(answered.map(({ question, outcome }) => ({ question, reply: outcome.reply })));
    return { reply, question: parts.join(""), clauseIds: [...new Set(answered.flatMap((a) => a.outcome.clauseIds))] };
  }

  async function documentAnswer(asked: QueryAnalysis): Promise<Outcome> {
    const question = asked.text;
    const notice = deps.clauses.find((c) => c.clauseId === "0");
    const meta = deps.documents.find((d) => d.meta.docId === notice?.docId)?.meta;
    if (!notice || !meta) return ask(asked, []);
    // "主送哪些单位": the addressees, alone or with the header asked beside them.
    const ids = new Set(asked.specific.map((c) => c.id));
    const recipients = ids.has("recipients");
    const header = ["issuer", "issue-date", "document-number"].some((id) => ids.has(id));
    const a = composeDocumentAnswer(meta, notice, { recipients, onlyRecipients: recipients && !header });
    return { reply: makeReply({ kind: "answer", answer: a.answer, citations: a.citations }), question, clauseIds: [notice.clauseId] };
  }

  function fromList(r: { reply: Reply; clauseIds: string[] }, question: string): Outcome {
    return { reply: r.reply, question, clauseIds: r.clauseIds };
  }

  async function ask(asked: QueryAnalysis, contextIds: readonly string[], more: Pick<AnswerRequest, "shown" | "within"> = {}): Promise<Outcome> {
    const question = asked.text;
    const context = contextIds.map((id) => deps.clauses.find((c) => c.clauseId === id)).filter((c): c is Clause => !!c);
    // A clause named in the question ("三（四）的目标是多少") is context too.
    for (const ref of findClauseRefs(question)) {
      if (ref.clause === null) continue;
      const r = resolveClauseRef(`${ref.part}.${ref.clause}`, deps.clauses);
      if (r.ok && !context.includes(r.clause)) context.unshift(r.clause);
    }
    const retrieval = await deps.retriever.retrieve(question, { k: 5, analysis: asked });
    const draft = await deps.answerer.answer({ question, retrieval, contextClauses: context, analysis: asked, ...more });
    const { questionType: _t, ...fields } = draft;
    const reply = makeReply({ kind: draft.outOfScope ? "refusal" : "answer", ...fields });
    return { reply, question, clauseIds: [...new Set(draft.citations.map((c) => c.clauseId))] };
  }

  async function runCheck(text: string, pending: Record<string, unknown> | null): Promise<Outcome> {
    if (!deps.checkHandler) {
      return { reply: errorReply("项目准入检查功能暂未启用。您可以先询问相关条款，例如“电解铝项目有什么准入要求？”"), question: text, clauseIds: [] };
    }
    const out = await deps.checkHandler.check({ text, pending });
    const reply = makeReply({ ...out.reply });
    return { reply, question: text, clauseIds: [...new Set(reply.citations.map((c) => c.clauseId))], pending: out.pending };
  }

  return {
    async handle(input) {
      const conversationId = input.conversationId;
      try {
        const text = (input.text ?? "").trim();
        // `/alubot targets`, `/help`, `/alubot reset` carry their whole request in the intent: no text needed.
        if (!text && !(input.intent && INTENTS_WITHOUT_TEXT.has(input.intent))) return { ...makeReply({ kind: "help", answer: "请输入您的问题，例如：到2027年再生铝占比目标是多少？输入 /help 查看用法。" }), conversationId };
        if (text.length > deps.maxInputChars) {
          return { ...errorReply(`问题太长（${text.length} 字），请控制在 ${deps.maxInputChars} 字以内。`), conversationId };
        }
        const state = (await deps.store.get(conversationId)) ?? { id: conversationId, turns: [], pendingCheck: null, updatedAt: now() };
        const outcome = await route(input, analyzer.analyze(text), state);
        const reply = { ...outcome.reply, conversationId };
        if (outcome.question) await saveTurn(state, outcome, reply);
        return reply;
      } catch (err) {
        deps.logger.error({ event: "engine-error", err: err instanceof Error ? err.message : String(err) }, "处理消息时出错");
        return { ...errorReply("抱歉，处理您的问题时出错了，请稍后再试或换个问法。"), conversationId };
      }
    },
  };

  async function saveTurn(state: ConversationState, outcome: Outcome, reply: Reply): Promise<void> {
    const at = now();
    try {
      await deps.store.save({
        id: state.id,
        turns: [
          ...state.turns,
          { role: "user", text: outcome.question, clauseIds: outcome.clauseIds, at },
          { role: "assistant", text: reply.answer, clauseIds: outcome.clauseIds, at },
        ],
        pendingCheck: outcome.pending !== undefined ? outcome.pending : state.pendingCheck,
        updatedAt: at,
      });
    } catch (err) {
      // A store failure must not cost the user the answer they already have.
      deps.logger.warn({ event: "store-error", err: err instanceof Error ? err.message : String(err) }, "保存对话失败");
    }
  }
}
