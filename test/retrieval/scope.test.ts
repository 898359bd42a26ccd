import { describe, expect, it } from "vitest";
import { createScopeJudge } from "../../src/retrieval/scope/judge-scope.js";
import { realAnalyzer, realCorpus } from "./retrieval-fixtures.js";

describe("scope judgement", () => {
  const c = realCorpus();
  const judge = createScopeJudge(c.clauses, realAnalyzer());
  const clause = (id: string) => c.clauses.find((x) => x.clauseId === id)!;

  it("accepts a paraphrased question whose content the top clause covers", () => {
    const v = judge.judge("废铝回收的项目可以放到哪些经开区", clause("3.4"), false);
    expect(v.outOfScope).toBe(false);
    expect(v.signals.coverage).toBeGreaterThan(0.6);
  });

  it("rejects a near-domain question about another province even though the topic matches", () => {
    const v = judge.judge("四川电解铝产能置换怎么规定", clause("3.3"), false);
    expect(v.signals.unknown).toContain("四川");
    expect(v.outOfScope).toBe(true);
  });

  it("flags a question asking for a kind of figure the clause never states", () => {
    const v = judge.judge("再生铝项目每吨补助多少万元", clause("3.4"), false);
    expect(v.signals.figureMismatch).toBe(true);
    expect(v.outOfScope).toBe(true);
  });

  it("treats a year the document never mentions as unknown content", () => {
    const v = judge.judge("2030年铝产业产值目标", clause("1.2"), false);
    expect(v.signals.unknown).toContain("2030年");
  });

  it("trusts an explicit clause reference and has no confidence without a hit", () => {
    expect(judge.judge("三（三）", clause("3.3"), true)).toMatchObject({ confidence: 1, outOfScope: false });
    expect(judge.judge("随便问问", undefined, false)).toMatchObject({ confidence: 0, outOfScope: true });
  });
});
