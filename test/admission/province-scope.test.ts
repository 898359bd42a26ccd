import { describe, expect, it } from "vitest";
import { buildAdmissionKnowledge } from "../../src/admission/admission-knowledge.js";
import { buildReport } from "../../src/admission/build-report.js";
import { deriveHomeProvince } from "../../src/admission/derive-home-province.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { startCheck } from "../../src/admission/fit-check.js";
import { renderReport } from "../../src/admission/render-report.js";
import { AdmissionReportSchema } from "../../src/admission/report-schema.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { loadTestKnowledge, SECOND_DOC_DIR } from "../helpers/load-test-corpus.js";

const { corpus, knowledge } = loadTestKnowledge();
const home = knowledge.province!;
const check = (text: string) => AdmissionReportSchema.parse(buildReport(extractProfile(text, knowledge), knowledge));
const scopeOf = (text: string) => check(text).findings.find((f) => f.ruleId === "scope-province")!;

describe("the policy's province comes from the corpus", () => {
  it("reads the province from the issuer named in the notice", () => {
    const issuer = corpus.documents[0]!.meta.issuer!;
    expect(home.source).toBe(issuer);
    expect(issuer.startsWith(`${home.name}省`)).toBe(true);
    expect(knowledge.clause("0")!.text).toContain(home.source);
  });

  it("the second fixture document yields its own province", () => {
    const other = buildAdmissionKnowledge(loadCorpus(SECOND_DOC_DIR));
    expect(other.province?.name).not.toBe(home.name);
    expect(other.province?.source).toBe(loadCorpus(SECOND_DOC_DIR).documents[0]!.meta.issuer);
    // Under that policy a site in the first policy's province is the out-of-province one.
    const r = buildReport(extractProfile("在兴仁新建铝箔厂", other), other);
    expect(r.findings.find((f) => f.ruleId === "scope-province")?.status).toBe("fail");
    expect(r.profile).toMatchObject({ location: { province: home.name } });
  });

  it("falls back to the first full province name in the notice when the issuer is missing", () => {
    const notice = knowledge.clause("0")!;
    expect(deriveHomeProvince(null, notice)?.name).toBe(home.name);
    expect(deriveHomeProvince(null, { ...notice, text: "某某厅印发通知。" })).toBeNull();
  });
});

describe("projects outside the policy's province", () => {
  it.each([
    ["打算在云南文山新建一个铝箔厂", "云南"],
    ["广西百色搞个氧化铝厂，有铝土矿", "广西"],
    ["内蒙古包头的电解铝扩建", "内蒙古"],
    ["项目在宁夏回族自治区银川市，再生铝", "宁夏"],
    ["在大同市建再生铝厂", "山西"],
  ])("%s → scope fails (%s)", (text, province) => {
    const r = check(text);
    expect((r.profile as { location: { province: string } }).location.province).toBe(province);
    expect(r.overall).toBe("non_compliant");
    const f = scopeOf(text);
    expect(f).toMatchObject({ clauseId: "0", status: "fail" });
    expect(f.message).toContain(`${home.name}省外`);
    expect(f.message).toContain(province);
    expect(knowledge.clause("0")!.text).toContain(f.quote.replace(/。$/, ""));
    // The summary says plainly whose policy this is and still names its coordinating department.
    expect(r.summary?.startsWith(f.message)).toBe(true);
    expect(r.summary).toContain(`${home.name}省自己的政策`);
    const coordinator = knowledge.coordinator!;
    expect(r.summary).toContain(`统筹部门是${coordinator.name}`);
    expect(r).toMatchObject({
      questions: [], incentives: [], cluster: null, beforeConstruction: [],
      departments: { lead: coordinator.name, all: [{ name: coordinator.name, implicit: false }], clauseIds: [coordinator.clause.clauseId] },
    });
    expect(r.departments.note).toContain(`只负责${home.name}省内的项目`);
    // Nothing is left open without a question: a clause that would ask simply does not apply there.
    expect(r.findings.filter((x) => x.status === "needs_info")).toEqual([]);
    expect(renderReport(r)).toContain("不适用本文件");
    expect(renderReport(r)).not.toContain("不符合政策要求");
  });

  it("the conversational check ends at once instead of asking about a project the policy does not cover", () => {
    const step = startCheck("在云南建电解铝厂", knowledge);
    expect(step.done).toBe(true);
    expect(step.nextQuestions).toEqual([]);
    expect(step.report.overall).toBe("non_compliant");
  });

  it("a --profile file with a full province name is recognised", () => {
    const r = buildReport({ projectType: "铝精深加工", action: "新建", location: { province: "云南省" } }, knowledge);
    expect(r.findings.find((f) => f.ruleId === "scope-province")?.status).toBe("fail");
  });
});

describe("projects inside the province, or naming another one only as supply or market", () => {
  it.each([
    "在兴仁建铝箔厂，原料从云南运来",
    "新建铝箔厂，产品销往广东",
    "在清镇建再生铝厂，废铝来自四川",
    "大同小异的铝箔厂，建在兴仁",
  ])("%s → not out of scope", (text) => {
    const f = scopeOf(text);
    expect(f.status).not.toBe("fail");
  });

  it("a site in the province passes the scope rule and names the province", () => {
    const r = check("在兴仁新建铝箔厂");
    expect(scopeOf("在兴仁新建铝箔厂").status).toBe("pass");
    expect((r.profile as { location: { province: string } }).location.province).toBe(home.name);
  });

  it("a --profile file naming only a gazetteer county or a corpus zone counts as in the province", () => {
    const zone = knowledge.zonesOf("3.4")[0]!.name;
    for (const location of [{ county: "清镇市" }, { zone }]) {
      const r = buildReport({ projectType: "再生铝", action: "新建", location }, knowledge);
      expect(r.findings.find((f) => f.ruleId === "scope-province")?.status).toBe("pass");
    }
  });

  it("an unstated site is not asked about by the scope rule", () => {
    const f = scopeOf("新建铝箔厂");
    expect(f.status).toBe("not_applicable");
    expect(f.question).toBeUndefined();
  });
});
