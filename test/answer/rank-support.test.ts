import { describe, expect, it } from "vitest";
import { composeOfflineAnswer, type OfflineComposerDeps } from "../../src/answer/compose-offline-answer.js";
import { createTermSpecificity } from "../../src/answer/question-focus.js";
import type { Clause } from "../../src/corpus/clause-schema.js";
import { createSynonymExpander } from "../../src/retrieval/analysis/synonym-expander.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";

/**
 * A made-up clause whose sentences are mostly about one measure (electricity) and, at its end, about
 * the one the question asks for in other words (tax): the quotes must follow the question, not the
 * clause's order or its generic support words.
 */
function makeClause(clauseId: string, title: string, text: string): Clause {
  return { docId: "d", clauseId, label: `第${clauseId}条`, partTitle: "保障", title, text, departments: [], targets: [] };
}

const mixed = makeClause(
  "6.2",
  "加强要素保障",
  "落实电价浮动政策，支持全力保障重点企业用电需求。鼓励将风电、光伏等清洁能源纳入企业电力市场化交易，支持开展联营交易。" +
    "坚持用地跟着项目走。用好鼓励类产业目录政策红利，落实鼓励类企业所得税优惠政策；落实资源综合利用增值税即征即退政策。",
);
const other = [
  makeClause("3.1", "推进资源开发", "支持优强企业整合资源，提高开采集中度。鼓励企业开展技术改造。"),
  makeClause("4.1", "推动绿色发展", "支持企业建设清洁能源项目。推动企业节能降碳。"),
];
const clauses = [mixed, ...other];
const baseDeps: OfflineComposerDeps = { overview: { coverage: "", examples: [] }, clauses };
const rankedDeps: OfflineComposerDeps = {
  ...baseDeps,
  specificity: createTermSpecificity(clauses),
  synonyms: createSynonymExpander({ groups: [["税收优惠", "所得税优惠", "增值税"]] }),
};

function ask(question: string, deps: OfflineComposerDeps) {
  const hits = [mixed, ...other].map((clause, i) => ({ clause, score: 1 - i * 0.3 }));
  // The engine's one analysis comes with the request: the composer never reads the question's type itself.
  const analysis = createDefaultQueryAnalyzer(clauses).analyze(question);
  return composeOfflineAnswer({ question, retrieval: { query: question, hits, confidence: 0.9, outOfScope: false }, analysis }, deps);
}

describe("quoted support is ranked by relevance to the question", () => {
  const question = "对企业有啥税收优惠";
  const plain = ask(question, baseDeps);
  const ranked = ask(question, rankedDeps);

  it("keeps the direct answer and the number of quotes of the score-only pick", () => {
    expect(ranked.citations[0]?.quote).toBe(plain.citations[0]?.quote);
    expect(ranked.citations[0]?.quote).toContain("所得税优惠");
    expect(ranked.citations.length).toBe(plain.citations.length);
  });

  it("quotes the synonym-related sentence right after the answer, ahead of sentences about something else", () => {
    const quotes = ranked.citations.map((c) => c.quote);
    const related = quotes.findIndex((q) => q.includes("增值税"));
    expect(related).toBe(1);
    // Without ranking the clause's generic support sentences crowd the related one out.
    expect(plain.citations.some((c) => c.quote.includes("增值税"))).toBe(false);
  });

  it("quotes only the answer's own clause, verbatim", () => {
    for (const c of ranked.citations) {
      expect(c.clauseId).toBe(mixed.clauseId);
      expect(mixed.text).toContain(c.quote);
    }
  });
});
