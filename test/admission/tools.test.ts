import { describe, expect, it } from "vitest";
import { createOfflineProfileExtractor } from "../../src/admission/profile-extractor.js";
import { departmentAliases } from "../../src/lexicon/derived-tables.js";
import { createPolicyTools } from "../../src/tools/create-policy-tools.js";
import { createKeywordRetriever } from "../helpers/keyword-retriever.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { corpus, knowledge } = loadTestKnowledge();
const retriever = createKeywordRetriever(corpus.clauses);
const tools = createPolicyTools({
  clauses: corpus.clauses, retriever, knowledge,
  extractor: createOfflineProfileExtractor(knowledge), departmentAliases: departmentAliases(),
});
const byName = (name: string) => {
  const t = tools.find((x) => x.name === name);
  if (!t) throw new Error(`no tool ${name}`);
  return t;
};
const call = async (name: string, args: unknown) => JSON.parse(String(await (byName(name) as any).invoke(args)));

describe("policy tools (LangChain tool() with zod schemas, JSON string output)", () => {
  it("exposes the five tools by name", () => {
    expect(tools.map((t) => t.name).sort()).toEqual(["check_project", "find_departments", "get_clause", "list_targets", "search_clauses"]);
  });

  it("search_clauses goes through the injected retriever", async () => {
    const out = await call("search_clauses", { query: "再生铝项目布局在哪些开发区", k: 3 });
    expect(retriever.calls.at(-1)).toBe("再生铝项目布局在哪些开发区");
    expect(out.hits.length).toBeLessThanOrEqual(3);
    expect(out.hits[0].clauseId).toBe("3.4");
  });

  it("get_clause resolves any written form and explains a bad reference in Chinese", async () => {
    expect((await call("get_clause", { ref: "三（三）" })).clauseId).toBe("3.3");
    const bad = await call("get_clause", { ref: "九（九）" });
    expect(bad.error).toMatch(/没有条款/);
  });

  it("check_project returns the deterministic report, from a description or a profile", async () => {
    const fromText = await call("check_project", { description: "新建电解铝，350kA 电解槽，没有产能指标" });
    expect(fromText.overall).toBe("non_compliant");
    expect(fromText.findings.filter((f: any) => f.status === "fail").map((f: any) => f.clauseId)).toContain("3.3");
    const fromProfile = await call("check_project", { profile: { projectType: "铝土矿开采", miningRight: "仅探矿权" } });
    expect(fromProfile.findings.find((f: any) => f.clauseId === "3.1").status).toBe("fail");
  });

  it("find_departments answers both directions, with the lead first", async () => {
    const clause = await call("find_departments", { query: "三（四）" });
    expect(clause.lead).toBe("省发展改革委");
    expect(clause.departments.find((d: any) => d.name === "各市县人民政府").role).toBe("implicit");
    const dept = await call("find_departments", { query: "发改委" });
    expect(dept.department).toBe("省发展改革委");
    expect(dept.clauses.some((c: any) => c.clauseId === "3.4" && c.role === "lead")).toBe(true);
  });

  it("list_targets filters by year", async () => {
    const out = await call("list_targets", { year: 2027 });
    expect(out.targets.length).toBeGreaterThan(0);
    expect(out.targets.every((t: any) => t.year === 2027)).toBe(true);
    expect(out.targets.some((t: any) => t.clauseId === "3" && t.metric.includes("再生铝"))).toBe(true);
    expect((await call("list_targets", { year: 2030 })).targets).toEqual([]);
  });

  it("rejects arguments that do not fit the zod schema", async () => {
    await expect((byName("get_clause") as any).invoke({ ref: "" })).rejects.toThrow();
    await expect((byName("check_project") as any).invoke({})).rejects.toThrow();
    await expect((byName("list_targets") as any).invoke({ year: "明年" })).rejects.toThrow();
  });
});
