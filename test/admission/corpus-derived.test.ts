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
    // 三（四） supports the zones it lists: a site elsewhere is advised (💡), not failed.
    expect(before.findings.find((f) => f.ruleId === "3.4-recycled-zone")?.status).toBe("advice");

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
    // Outside the cluster's zones the project fits no arrangement; the 二 finding still names the product's cluster.
    const originalReport = buildReport(extractProfile("在修文经开区新建汽车轮毂项目", original), original);
    expect(originalReport.cluster).toBeNull();
    expect(originalReport.findings.find((f) => f.ruleId === "2-cluster-fit")?.message).toContain("不在该集群点名的重点园区");
  });

  it("the cell-current threshold is read from 三（三）", () => {
    const modified = knowledgeFrom("threshold", (t) => t.replace("400KA 以", "500KA 以"));
    const text = "现有电解铝厂，420kA 电解槽，能效基准以上";
    expect(buildReport(extractProfile(text, original), original).overall).toBe("compliant");
    const report = buildReport(extractProfile(text, modified), modified);
    const cell = report.findings.find((f) => f.ruleId === "3.3-cell-current")!;
    // 支持…以下电解槽有序退出 is guidance: below the threshold is advice, and the verdict stays compliant.
    expect(cell.status).toBe("advice");
    expect(report.overall).toBe("compliant");
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

describe("rule strength is read from the clause wording, not from code", () => {
  it("reads 要/依法 as hard, 原则上 as conditional and 引导/支持/鼓励 as guidance", () => {
    const report = buildReport(extractProfile("新建电解铝，氧化铝+电解铝一体化，在兴仁", original), original);
    const strength = (ruleId: string) => {
      const f = buildReport(extractProfile("扩建氧化铝", original), original).findings.find((x) => x.ruleId === ruleId);
      return [f?.strength, f?.marker];
    };
    expect(strength("3.2-special-demonstration")).toEqual(["hard", "要"]);
    expect(strength("3.2-bauxite")).toEqual(["conditional", "原则上"]);
    expect(strength("3.2-red-mud")).toEqual(["guidance", "引导"]);
    expect(strength("5.3-assessments")).toEqual(["hard", "依法"]);
    const quota = report.findings.find((f) => f.ruleId === "3.3-capacity-quota")!;
    expect([quota.strength, quota.marker]).toEqual(["hard", "严禁"]);
    // The quota verdict quotes the prohibition and the quota sentence together, verbatim.
    expect(quota.quote).toContain("严禁违规新增电解铝产能");
    expect(quota.quote).toContain("按程序制定公告产能置换方案");
    expect(original.clause("3.3")!.text).toContain(quota.quote.replace(/。$/, ""));
  });

  it("a guidance clause rewritten as a requirement turns 💡 into ❌ without code changes", () => {
    const text = "扩建氧化铝，有配套矿山，专项论证做了，暂时不配电解，也不上赤泥处理，能效标杆，三评都做了";
    const before = buildReport(extractProfile(text, original), original);
    expect(before.findings.find((f) => f.ruleId === "3.2-red-mud")?.status).toBe("advice");
    expect(before.overall).toBe("compliant");
    const modified = knowledgeFrom("red-mud-required", (t) => t.replace("引导企业配", "企业须配"));
    const after = buildReport(extractProfile(text, modified), modified);
    const redMud = after.findings.find((f) => f.ruleId === "3.2-red-mud")!;
    expect([redMud.status, redMud.strength, redMud.marker]).toEqual(["fail", "hard", "须"]);
    expect(after.overall).toBe("non_compliant");
  });

  it("the zone list of 三（四） becomes binding when 支持 becomes 须", () => {
    const text = "想在毕节织金县搞个再生铝厂，废铝来源已经论证过了，三评都做了";
    expect(buildReport(extractProfile(text, original), original).findings.find((f) => f.ruleId === "3.4-recycled-zone")?.status).toBe("advice");
    const modified = knowledgeFrom("zones-required", (t) => t.replace("支持清镇经开区、兴仁经开区、水城经开区", "须在清镇经开区、兴仁经开区、水城经开区"));
    const zone = buildReport(extractProfile(text, modified), modified).findings.find((f) => f.ruleId === "3.4-recycled-zone")!;
    expect([zone.status, zone.strength]).toEqual(["fail", "hard"]);
  });

  it("dropping 原则上 makes the bauxite requirement absolute: no exception is stated any more", () => {
    const text = "新建氧化铝，铝土矿全部外购，专项论证做了";
    const conditional = buildReport(extractProfile(text, original), original).findings.find((f) => f.ruleId === "3.2-bauxite")!;
    expect(conditional.status).toBe("fail");
    expect(conditional.exception).toBeTruthy();
    expect(conditional.message).toContain("原则上");
    const modified = knowledgeFrom("bauxite-absolute", (t) => t.replace("原则上应具有", "应具有"));
    const hard = buildReport(extractProfile(text, modified), modified).findings.find((f) => f.ruleId === "3.2-bauxite")!;
    expect([hard.status, hard.strength, hard.exception]).toEqual(["fail", "hard", undefined]);
  });
});
