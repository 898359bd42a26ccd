import { describe, expect, it } from "vitest";
import { findClauseRefs, parseClauseRef, resolveClauseRef } from "../../src/corpus/resolve-clause-ref.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const { clauses } = loadTestCorpus();

describe("clause references", () => {
  it.each([
    "3.4", "三（四）", "三(四)", "三、（四）", "第三部分第四条", "第三部分（四）", "qiangongxin-2024-10#3.4",
    "３.４", " 三 （四） ", "〔三（四）〕", "第三部分第四项",
  ])("%s resolves to 3.4", (ref) => {
    const r = resolveClauseRef(ref, clauses);
    expect(r.ok && r.clause.clauseId).toBe("3.4");
  });

  it.each([
    ["第五部分第二条", "5.2"], ["三（三）", "3.3"], ["6.1", "6.1"], ["第二部分", "2"], ["三", "3"], ["0", "0"],
    ["第六部分", "6.1"], ["通知", "0"],
  ])("%s resolves to %s", (ref, id) => {
    const r = resolveClauseRef(ref, clauses);
    expect(r.ok && r.clause.clauseId).toBe(id);
  });

  it("rejects a clause that does not exist with nearby suggestions in Chinese", () => {
    const r = resolveClauseRef("三（九）", clauses);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain("没有条款");
    expect(r.suggestions.map((c) => c.clauseId)).toContain("3.5");
    expect(r.suggestions.every((c) => c.clauseId.startsWith("3"))).toBe(true);
  });

  it("rejects what is not a reference, and unknown documents", () => {
    expect(parseClauseRef("再生铝")).toBeNull();
    const bad = resolveClauseRef("abc", clauses);
    expect(bad.ok).toBe(false);
    const doc = resolveClauseRef("other-doc#3.4", clauses);
    expect(doc.ok === false && doc.message).toContain("other-doc");
  });

  it("finds references inside sentences, but not figures", () => {
    expect(findClauseRefs("三（三）讲了什么？第五部分第二条呢？还有3.3")).toEqual([
      { docId: null, part: 3, clause: 3 }, { docId: null, part: 5, clause: 2 }, { docId: null, part: 3, clause: 3 },
    ]);
    expect(findClauseRefs("比重提高到20.5%，规模2.5万吨")).toEqual([]);
  });
});
