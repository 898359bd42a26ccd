import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { structureReply } from "../../src/engine/replies/structure-reply.js";
import { routeQuestion } from "../../src/engine/route-intent.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const { clauses } = loadTestCorpus();
const analyzer = createDefaultQueryAnalyzer(clauses);
const route = (q: string) => routeQuestion(analyzer.analyze(q), clauses, undefined).intent;

describe("questions about the document as a whole", () => {
  it.each(["帮我总结一下这个文件的主要内容", "文件分几个部分", "这个政策的大纲", "summarize this policy", "give me an outline of the document"])(
    "%s is answered with the document's parts",
    (q) => expect(route(q)).toBe("structure"),
  );

  it("a part or a topic named is not the whole document", () => {
    expect(route("第三部分的主要内容")).not.toBe("structure");
    expect(route("电解铝的主要内容是什么")).not.toBe("structure");
    // A structure word in a request of its own (a report to write) is not a question about the document.
    expect(route("帮我写个周报，主要内容是上周走访了三家企业")).not.toBe("structure");
  });
});

describe("the structure reply", () => {
  const { reply, clauseIds } = structureReply(clauses);

  it("lists every part with the titles of its clauses, from the parsed document", () => {
    const parts = new Set(clauses.filter((c) => c.clauseId !== "0").map((c) => c.partTitle));
    for (const title of parts) expect(reply.answer).toContain(title);
    for (const c of clauses.filter((c) => c.clauseId.includes("."))) expect(reply.answer).toContain(c.title.replace(/。$/, ""));
    expect(reply.answer).toMatch(/^文件正文（通知之后）分为六个部分/);
  });

  it("cites one opening sentence per part, quoted verbatim from its clause", () => {
    expect(reply.citations).toHaveLength(6);
    for (const c of reply.citations) {
      const clause = clauses.find((k) => k.clauseId === c.clauseId)!;
      expect(foldForMatch(clause.text)).toContain(foldForMatch(c.quote));
      expect(reply.answer).toContain(`〔${c.label}〕`);
    }
    expect(clauseIds).toEqual(reply.citations.map((c) => c.clauseId));
  });
});
