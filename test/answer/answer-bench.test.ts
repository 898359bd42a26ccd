import { describe, expect, it } from "vitest";
import { runAnswerBench } from "../../src/bench/answer-bench.js";
import type { AnswerEvalQuestion } from "../../src/bench/answer-eval-question.js";
import type { Engine } from "../../src/engine/engine.js";
import { makeReply } from "../../src/engine/replies/make-reply.js";
import { createTestEngine } from "../helpers/create-test-engine.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const withTarget = corpus.clauses.find((c) => c.targets.some((t) => t.unit === "%"))!;
const t = withTarget.targets.find((x) => x.unit === "%")!;
const questions: AnswerEvalQuestion[] = [
  { id: "a", question: `到${t.year}年${t.metric}要达到多少？`, gold: [withTarget.clauseId], inScope: true, type: "target", facts: [t.valueText] },
  { id: "b", question: "三（三）讲了什么？", gold: ["3.3"], inScope: true, type: "clause", facts: [] },
  { id: "c", question: "今天天气怎么样？", gold: [], inScope: false, type: "other", facts: [] },
];

describe("answer bench", () => {
  it("scores the real engine", async () => {
    const { engine } = createTestEngine();
    const m = await runAnswerBench({ engine, questions, clauses: corpus.clauses, warmup: 1 });
    expect(m).toMatchObject({ questions: 3, inScope: 2, outOfScope: 1, answerAccuracy: 1, refusalAccuracy: 1, nonexistentCitations: 0, unverifiableQuotes: 0 });
    expect(m.latencyMs.p95).toBeGreaterThanOrEqual(m.latencyMs.p50);
  });

  it("catches fabricated citations, missing facts and failed refusals", async () => {
    const liar: Engine = {
      handle: async (input) =>
        makeReply({
          kind: "answer",
          answer: "编造的回答",
          conversationId: input.conversationId,
          citations: [{ docId: withTarget.docId, clauseId: "9.9", label: "九（九）", title: "虚构", quote: "虚构" }, { docId: withTarget.docId, clauseId: "3.3", label: "三（三）", title: "x", quote: "不存在的原文" }],
        }),
    };
    const m = await runAnswerBench({ engine: liar, questions, clauses: corpus.clauses, warmup: 0 });
    // "a" lacks its figure and its gold clause; "b" has no facts and 3.3 is cited, so it counts.
    expect(m.answerAccuracy).toBe(0.5);
    expect(m.citationPrecision).toBe(0.25);
    expect(m.nonexistentCitations).toBe(3);
    expect(m.unverifiableQuotes).toBe(3);
    expect(m.refusalAccuracy).toBe(0);
    expect(m.failures.map((f) => f.id)).toContain("c");
  });
});
