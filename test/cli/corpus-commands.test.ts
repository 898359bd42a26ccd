import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SECOND_DOC_DIR } from "../helpers/load-test-corpus.js";
import { runCliCaptured } from "../helpers/run-cli-captured.js";

describe("alubot clauses / clause / departments / targets", () => {
  it("prints the outline with ids, labels, titles and department counts", async () => {
    const r = await runCliCaptured(["clauses"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("黔工信〔2024〕10号");
    expect(r.stdout).toMatch(/3\.3\s+三（三）\s+合理控制电解铝产能\s+7/);
    expect(r.stdout).toMatch(/6\.1\s+六（一）\s+建立完善协作机制\s+17/);
  });

  it("prints the outline as JSON", async () => {
    const r = await runCliCaptured(["clauses", "--json"]);
    const rows = JSON.parse(r.stdout) as { clauseId: string; departmentCount: number }[];
    expect(rows).toHaveLength(26);
    expect(rows.find((x) => x.clauseId === "6.1")?.departmentCount).toBe(17);
  });

  it("shows a clause with the lead marked 列首位 and its targets", async () => {
    const r = await runCliCaptured(["clause", "三（四）"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("三（四） 有序布局再生铝项目");
    expect(r.stdout).toContain("省发展改革委（列首位");
    expect(r.stdout).toContain("各市县人民政府");
    const t = await runCliCaptured(["clause", "第三部分"]);
    expect(t.stdout).toContain("再生铝占原铝（铝液）供应量的比重20%以上");
  });

  it("accepts --corpus before or after the subcommand", async () => {
    const before = await runCliCaptured(["--corpus", SECOND_DOC_DIR, "clause", "2.2", "--json"]);
    const after = await runCliCaptured(["clause", "2.2", "--json", "--corpus", SECOND_DOC_DIR]);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).title).toBe("推动磷石膏综合利用");
    expect(after.stdout).toBe(before.stdout);
  });

  it("reads the corpus folder from ALUBOT_CORPUS_DIR", async () => {
    const r = await runCliCaptured(["clause", "1.1", "--json"], { env: { ALUBOT_CORPUS_DIR: SECOND_DOC_DIR } });
    expect(JSON.parse(r.stdout).title).toBe("发展目标");
  });

  it("fails with a Chinese message and suggestions for an unknown clause", async () => {
    const r = await runCliCaptured(["clause", "三（九）"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("文件中没有条款“三（九）”");
    expect(r.stderr).toContain("三（五）");
  });

  it("fails clearly on an unknown command, unknown option and missing corpus", async () => {
    expect((await runCliCaptured(["frobnicate"])).stderr).toContain("未知命令");
    const opt = await runCliCaptured(["clauses", "--bogus"]);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("--bogus");
    const missing = await runCliCaptured(["clauses", "--corpus", "/nonexistent/dir"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("无法读取语料文件夹");
  });

  it("answers who is responsible for a clause, lead first", async () => {
    const r = await runCliCaptured(["departments", "3.3", "--json"]);
    const body = JSON.parse(r.stdout);
    expect(body.lead).toBe("省工业和信息化厅");
    expect(body.departments.map((d: { name: string }) => d.name)).toEqual([
      "省工业和信息化厅", "省发展改革委", "省投资促进局", "省生态环境厅", "省自然资源厅", "省国资委", "各市县人民政府",
    ]);
    expect(body.departments.at(-1).implicit).toBe(true);
  });

  it.each([
    ["发改委", "省发展改革委", ["3.2", "3.4", "5.3", "6.2"]],
    ["工信厅", "省工业和信息化厅", ["2.1", "2.2", "2.3", "3.3", "3.5", "4.1", "5.4", "6.1"]],
    ["投促局", "省投资促进局", ["6.4"]],
    ["大数据局", "省大数据局", ["4.2", "4.3"]],
  ])("maps the short name %s to %s and lists the clauses it leads", async (q, name, leads) => {
    const r = await runCliCaptured(["departments", q, "--json"]);
    const body = JSON.parse(r.stdout);
    expect(body.department).toBe(name);
    const led = body.clauses.filter((c: { role: string }) => c.role === "lead").map((c: { clauseId: string }) => c.clauseId);
    expect(led).toEqual(leads);
  });

  it("lists every target grouped by year", async () => {
    const r = await runCliCaptured(["targets"]);
    expect(r.stdout).toContain("到2027年");
    for (const s of ["≥ 800亿元", "达到 2至3个", "≥ 200万吨/年", "≥ 95%", "≥ 70%", "≥ 20%", "≥ 15户", "提高 50%", "清零"]) {
      expect(r.stdout).toContain(s);
    }
    const json = JSON.parse((await runCliCaptured(["targets", "--json"])).stdout);
    expect(json).toHaveLength(15);
  });

  it("runs as the built bin when dist exists", () => {
    const bin = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
    if (!existsSync(bin)) return expect.fail("dist/cli.js missing: npm ci runs the build in prepare");
    const out = execFileSync(process.execPath, [bin, "clause", "3.4", "--json"], { encoding: "utf8" });
    expect(JSON.parse(out).clauseId).toBe("3.4");
  });
});
