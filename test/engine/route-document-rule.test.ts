import { describe, expect, it } from "vitest";
import { asksProjectCheck } from "../../src/engine/route-intent.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const analyzer = createDefaultQueryAnalyzer(loadTestCorpus().clauses);

describe("a project described as background to a question about the document's rules", () => {
  it("asking what the document requires of such projects is a question, not a project check", () => {
    const a = analyzer.analyze("我们在规划一个氧化铝扩建项目，计划年产60万吨，已经有部分矿权。能帮忙看下文件对这类项目是怎么要求的吗？");
    expect(asksProjectCheck(a)).toBe(false);
  });

  it("asking whether the project described complies is still a check", () => {
    const a = analyzer.analyze("我们在清镇经开区新建一个再生铝项目，年产10万吨，环评已经批了。这样算符合要求吗？");
    expect(asksProjectCheck(a)).toBe(true);
  });
});
