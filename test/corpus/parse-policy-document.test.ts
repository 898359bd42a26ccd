import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ClauseSchema, PolicyDocumentSchema } from "../../src/corpus/clause-schema.js";
import { CORPUS_DIR, loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const byId = (id: string) => {
  const c = corpus.clauses.find((x) => x.clauseId === id);
  if (!c) throw new Error(`missing clause ${id}`);
  return c;
};
const explicitNames = (id: string) => byId(id).departments.filter((d) => !d.implicit).map((d) => d.name);

describe("parsePolicyDocument on 黔工信〔2024〕10号", () => {
  it("yields exactly the 26 units of the document, in order", () => {
    expect(corpus.clauses.map((c) => c.clauseId)).toEqual([
      "0", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "3.4", "3.5",
      "4", "4.1", "4.2", "4.3", "5", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4",
    ]);
  });

  it("produces schema-valid clauses and document", () => {
    expect(() => PolicyDocumentSchema.parse(corpus.documents[0])).not.toThrow();
    for (const c of corpus.clauses) expect(() => ClauseSchema.parse(c)).not.toThrow();
  });

  it("reads the notice header by shape", () => {
    expect(corpus.documents[0]!.meta).toEqual({
      docId: "qiangongxin-2024-10",
      title: "关于推进铝产业高质量发展的指导意见",
      docNumber: "黔工信〔2024〕10号",
      issuer: "贵州省工业和信息化厅",
      date: "2024-01-31",
      indexNumber: "520000-2024-05-002",
      publicationNote: "此件公开发布",
    });
  });

  it("gives labels, part titles and lead-phrase titles", () => {
    expect(byId("3.4")).toMatchObject({ label: "三（四）", partTitle: "优化调整产业规模结构", title: "有序布局再生铝项目" });
    expect(byId("3.3").title).toBe("合理控制电解铝产能");
    expect(byId("5.2").label).toBe("五（二）");
    expect(byId("2")).toMatchObject({ label: "第二部分", title: "培育精深加工产业集群" });
    expect(byId("6.4").title).toBe("持续优化营商环境");
  });

  it("rejoins text: no line breaks, no space between CJK characters, figures verbatim", () => {
    for (const c of corpus.clauses) {
      expect(c.text, c.clauseId).not.toMatch(/[\r\n]/);
      expect(c.text, c.clauseId).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u3400-\u9fff]/);
      expect(c.text, c.clauseId).not.toMatch(/[\u3400-\u9fff]\s+[\u3400-\u9fff\uff00-\uffef]/);
      expect(c.text.length, c.clauseId).toBeGreaterThan(20);
    }
    expect(byId("3.3").text).toContain("支持400KA以下电解槽有序退出");
    expect(byId("3").text).toContain("再生铝占原铝（铝液）供应量的比重提高到20%以上");
    expect(byId("2").text).toContain("200万吨/年以上");
    // A sentence broken across a page-break line that starts with a space.
    expect(byId("1.2").text).toContain("为全国重要的资源精深加工基地建设提供有力支撑。到2035年");
  });

  it("removes the department parenthesis from the text", () => {
    for (const c of corpus.clauses) expect(c.text, c.clauseId).not.toMatch(/（省[^）]*厅[^）]*）$/);
    expect(byId("3.4").text.endsWith("提高铝资源回收效率和集约化程度。")).toBe(true);
  });
});

describe("department lists", () => {
  const expected: Record<string, string[]> = {
    "2.1": ["省工业和信息化厅", "省发展改革委", "省科技厅", "省投资促进局", "各市县人民政府"],
    "2.2": ["省工业和信息化厅", "省发展改革委", "省科技厅", "省投资促进局"],
    "2.3": ["省工业和信息化厅", "省发展改革委", "省科技厅", "省投资促进局", "省自然资源厅"],
    "3.1": ["省自然资源厅", "省生态环境厅", "省工业和信息化厅"],
    "3.2": ["省发展改革委", "省工业和信息化厅", "省应急厅", "省生态环境厅", "省自然资源厅", "省能源局"],
    "3.3": ["省工业和信息化厅", "省发展改革委", "省投资促进局", "省生态环境厅", "省自然资源厅", "省国资委"],
    "3.4": ["省发展改革委", "省商务厅", "省工业和信息化厅", "省投资促进局", "省生态环境厅", "省市场监管局"],
    "3.5": ["省工业和信息化厅", "省商务厅", "省投资促进局", "省市场监管局", "省财政厅", "省国资委"],
    "4.1": ["省工业和信息化厅", "省大数据局", "省应急厅", "省生态环境厅", "省市场监管局"],
    "4.2": ["省大数据局", "省工业和信息化厅", "省市场监管局"],
    "4.3": ["省大数据局", "省工业和信息化厅", "省市场监管局"],
    "5.1": ["省科技厅", "省工业和信息化厅", "省发展改革委", "省财政厅"],
    "5.2": ["省生态环境厅", "省科技厅", "省工业和信息化厅", "省发展改革委", "省应急厅", "省能源局"],
    "5.3": ["省发展改革委", "省生态环境厅", "省水利厅", "省工业和信息化厅", "省能源局"],
    "5.4": ["省工业和信息化厅", "省科技厅", "省发展改革委", "省生态环境厅"],
    "6.1": [
      "省工业和信息化厅", "省财政厅", "省发展改革委", "省应急厅", "省科技厅", "省投资促进局", "省商务厅", "省生态环境厅",
      "省能源局", "省大数据局", "省市场监管局", "省自然资源厅", "省税务局", "省委金融办", "省人力资源社会保障厅", "省国资委",
    ],
    "6.2": ["省发展改革委", "省工业和信息化厅", "省财政厅", "省生态环境厅", "省自然资源厅", "省市场监管局", "省税务局", "省能源局"],
    "6.3": [
      "省委金融办", "省财政厅", "人行贵州省分行", "贵州银保监局", "贵州证监局", "省发展改革委", "省工业和信息化厅", "省科技厅",
      "省商务厅", "省税务局",
    ],
    "6.4": ["省投资促进局", "省工业和信息化厅", "省发展改革委", "省商务厅", "省市场监管局", "省人力资源社会保障厅", "省教育厅"],
  };

  it.each(Object.entries(expected))("%s lists its departments in document order", (id, names) => {
    expect(explicitNames(id)).toEqual(names);
  });

  it("6.1 lists 16 departments", () => {
    expect(explicitNames("6.1")).toHaveLength(16);
  });

  it("carries 各市县人民政府 as implicit to every later clause with a list, and never before 二（一）", () => {
    expect(byId("2.1").departments.find((d) => d.name === "各市县人民政府")).toEqual({ name: "各市县人民政府", implicit: false });
    for (const id of Object.keys(expected).filter((k) => k !== "2.1")) {
      const implicit = byId(id).departments.filter((d) => d.implicit);
      expect(implicit, id).toEqual([{ name: "各市县人民政府", implicit: true, declaredIn: "二（一）" }]);
    }
    for (const id of ["0", "1.1", "1.2", "2", "3", "4", "5"]) expect(byId(id).departments, id).toEqual([]);
  });

  it("keeps names whole across line breaks in the source", () => {
    const source = readFileSync(join(CORPUS_DIR, "qiangongxin-2024-10.txt"), "utf8");
    expect(source).toContain("省工业和\n");
    const all = corpus.clauses.flatMap((c) => c.departments.map((d) => d.name));
    for (const name of all) expect(name).toMatch(/^(省|各|人行|贵州)[\u4e00-\u9fff]+$/);
  });
});

describe("targets", () => {
  const all = corpus.clauses.flatMap((c) => c.targets.map((t) => ({ ...t, clauseId: c.clauseId })));
  const find = (metric: string) => {
    const t = all.find((x) => x.metric.includes(metric));
    if (!t) throw new Error(`no target ${metric}`);
    return t;
  };

  it.each([
    ["铝产业规上工业总产值", "1.2", 800, "亿元", "gte"],
    ["两百亿级铝产业集群", "2", 2, "个", "reach"],
    ["百亿级铝基材料产业集群", "2", 1, "个", "reach"],
    ["铝材加工能力", "2", 200, "万吨/年", "gte"],
    ["原铝（铝液）就地转化率", "2", 95, "%", "gte"],
    ["氧化铝就地转化率", "3", 70, "%", "gte"],
    ["再生铝占原铝（铝液）供应量的比重", "3", 20, "%", "gte"],
    ["百亿级规模龙头企业", "3", 1, "户", "gte"],
    ["十亿级骨干企业", "3", 15, "户", "gte"],
    ["专精特新", "3", 5, "户", "gte"],
    ["矿山数字化率", "4", 50, "%", "increase_by"],
    ["智能工厂普及率", "4", 40, "%", "gte"],
    ["生产效率", "4", 25, "%", "gte"],
    ["能效标杆水平以上产能比例", "5", 70, "%", "reach"],
    ["能效基准水平以下产能", "5", 0, "", "zero"],
  ] as const)("%s → clause %s, %d %s (%s), year 2027", (metric, clauseId, value, unit, comparator) => {
    const t = find(metric);
    expect(t).toMatchObject({ clauseId, value, unit, comparator, year: 2027 });
    expect(byId(clauseId).text).toContain(t.source);
  });

  it("keeps the 2至3 range", () => {
    expect(find("两百亿级铝产业集群")).toMatchObject({ value: 2, valueMax: 3, valueText: "2至3" });
  });

  it("does not invent targets where the text states none", () => {
    expect(all).toHaveLength(15);
    expect(byId("3.3").targets).toEqual([]);
  });
});
