import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { SECOND_DOC_DIR } from "../helpers/load-test-corpus.js";

// A document never seen while writing the parser (different province, industry, names, numbering).
const corpus = loadCorpus(SECOND_DOC_DIR);
const byId = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;

describe("a second policy document of the same shape", () => {
  it("parses ids and titles", () => {
    expect(corpus.clauses.map((c) => [c.clauseId, c.title])).toEqual([
      ["0", "关于加快磷化工产业转型升级的实施意见"],
      ["1.1", "发展目标"],
      ["2.1", "建设精细磷化工基地"],
      ["2.2", "推动磷石膏综合利用"],
      ["3", "强化要素保障"],
      ["3.1", "加大金融支持"],
      ["3.2", "保障用能需求"],
    ]);
  });

  it("reads the header", () => {
    expect(corpus.documents[0]!.meta).toMatchObject({
      docNumber: "云工信材〔2023〕7号",
      issuer: "云南省工业和信息化厅",
      date: "2023-09-08",
      indexNumber: "530000-2023-11-017",
    });
  });

  it("reads departments, joins broken names and carries the implicit one", () => {
    expect(byId("2.1").departments).toEqual([
      { name: "省工业和信息化厅", implicit: false },
      { name: "省发展改革委", implicit: false },
      { name: "各州市人民政府", implicit: false },
    ]);
    expect(byId("2.2").departments.map((d) => d.name)).toEqual(["省生态环境厅", "省工业和信息化厅", "省科技厅", "各州市人民政府"]);
    expect(byId("3.1").departments.map((d) => [d.name, d.implicit])).toEqual([
      ["人行昆明中心支行", false], ["云南证监局", false], ["省财政厅", false], ["各州市人民政府", true],
    ]);
    expect(byId("3").departments).toEqual([]);
  });

  it("keeps nested parentheses in text and extracts its targets", () => {
    expect(byId("2.2").text).toContain("开远（小龙潭）工业园区");
    expect(byId("1.1").targets.map((t) => [t.year, t.metric, t.valueText, t.unit])).toEqual([
      [2025, "全省磷化工产业营业收入", "1500", "亿元"],
      [2025, "精细磷化工产品占比", "35%", "%"],
      [2030, "百亿级磷化工园区", "3", "个"],
      [2030, "湿法磷酸净化能力", "60", "万吨/年"],
    ]);
  });
});
