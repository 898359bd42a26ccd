import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAdmissionKnowledge } from "../../src/admission/admission-knowledge.js";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { CORPUS_DIR, loadTestKnowledge } from "../helpers/load-test-corpus.js";

const original = loadTestKnowledge().knowledge;
const source = readFileSync(join(CORPUS_DIR, "qiangongxin-2024-10.txt"), "utf8");
const tmp = mkdtempSync(join(tmpdir(), "alubot-admission-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a modified copy of the policy into its own corpus folder and derives knowledge from it. */
function knowledgeFrom(name: string, edit: (text: string) => string) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const edited = edit(source);
  expect(edited).not.toBe(source);
  writeFileSync(join(dir, "policy.txt"), edited);
  return buildAdmissionKnowledge(loadCorpus(dir));
}

describe("zones, clusters and thresholds come from the parsed corpus", () => {
  it("reads the 三（四） zone list and the cluster zones from the clause text", () => {
    expect(original.zonesOf("3.4").map((z) => z.name)).toEqual([
      "清镇经开区", "兴仁经开区", "水城经开区", "遵义和平（苟江）经开区", "炉碧经开区",
    ]);
    expect(original.clusters.map((c) => c.clause.clauseId)).toEqual(["2.1", "2.2", "2.3"]);
    expect(original.clusters[2]!.zones.map((z) => z.name)).toContain("“务川—正安—道真”铝资源富集区");
  });

  it("a zone added to 三（四） in a modified corpus changes the verdict without code changes", () => {
    const description = "在织金经开区新建再生铝项目，废铝资源、供应保障和物流运输条件都论证过了，能效标杆水平，三评都做了";
    const before = buildReport(extractProfile(description, original), original);
    expect(before.findings.find((f) => f.ruleId === "3.4-recycled-zone")?.status).toBe("fail");

    const modified = knowledgeFrom("added-zone", (t) => t.replace("炉碧经开区等开发区,充分论证", "炉碧经开区、织金经开区等开发区,充分论证"));
    expect(modified.zonesOf("3.4").map((z) => z.name)).toContain("织金经开区");
    const after = buildReport(extractProfile(description, modified), modified);
    expect(after.findings.find((f) => f.ruleId === "3.4-recycled-zone")?.status).toBe("pass");
    expect(after.overall).toBe("compliant");
  });

  it("a zone renamed in 二（一） changes the cluster's zone list and zone fit", () => {
    const modified = knowledgeFrom("renamed-zone", (t) => t.replace("以清镇经开区、兴", "以修文经开区、兴"));
    const zones = modified.clusters.find((c) => c.clause.clauseId === "2.1")!.zones.map((z) => z.name);
    expect(zones).toContain("修文经开区");
    expect(zones).not.toContain("清镇经开区");
    const report = buildReport(extractProfile("在修文经开区新建汽车轮毂项目", modified), modified);
    expect(report.cluster?.clauseId).toBe("2.1");
    expect(report.cluster?.zoneFit).toBe(true);
    const originalReport = buildReport(extractProfile("在修文经开区新建汽车轮毂项目", original), original);
    expect(originalReport.cluster?.zoneFit).toBe(false);
  });

  it("the cell-current threshold is read from 三（三）", () => {
    const modified = knowledgeFrom("threshold", (t) => t.replace("400KA 以", "500KA 以"));
    const text = "现有电解铝厂，420kA 电解槽，能效基准以上";
    expect(buildReport(extractProfile(text, original), original).overall).toBe("compliant");
    const report = buildReport(extractProfile(text, modified), modified);
    const cell = report.findings.find((f) => f.ruleId === "3.3-cell-current")!;
    expect(cell.status).toBe("fail");
    expect(cell.message).toContain("500");
    expect(cell.quote).toContain("500KA");
  });

  it("a rule whose quote is gone from the corpus is not judged instead of quoting text that is not there", () => {
    const modified = knowledgeFrom("no-quote", (t) => t.replace("打击以探代采、无证开采等非法开采行为。", "打击非法开采行为。"));
    const report = buildReport(extractProfile("铝土矿开采，只有探矿权", modified), modified);
    const mining = report.findings.find((f) => f.ruleId === "3.1-licensed-mining")!;
    expect(mining.status).toBe("not_applicable");
    expect(mining.quote).toBe("");
  });
});
