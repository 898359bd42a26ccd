import { describe, expect, it } from "vitest";
import { findPartTitleRefs } from "../../src/corpus/find-part-title-refs.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const { clauses } = loadTestCorpus();
const parts = (text: string) => findPartTitleRefs(text, clauses).map((r) => r.part);

describe("parts named by their title's words", () => {
  it("reads abbreviations of a part title before 部分", () => {
    expect(parts("调结构那部分讲了什么")).toEqual([3]);
    expect(parts("结构调整这部分有哪些目标")).toEqual([3]);
    expect(parts("数字化改造那部分，重点是什么")).toEqual([4]);
    expect(parts("绿色发展的部分怎么说")).toEqual([5]);
    expect(parts("要素保障板块有哪些政策")).toEqual([6]);
  });

  it("names nothing for ordinary uses of 部分 or words several titles share", () => {
    expect(parts("部分企业担心用地")).toEqual([]);
    expect(parts("多出来的这部分产能怎么办")).toEqual([]);
    expect(parts("产业那部分")).toEqual([]);
    expect(parts("第三部分讲了什么")).toEqual([]);
  });
});
