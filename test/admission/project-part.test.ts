import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { unifyCapacityUnits } from "../../src/admission/capacity-units.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { renderReport } from "../../src/admission/render-report.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (text: string) => extractProfile(text, knowledge);

describe("the project's own action, not its neighbours' or the company's other plants'", () => {
  it.each([
    ["园区内已建成一家电解铝厂，拟新建铝箔项目，年产5万吨", "铝精深加工", "新建", true],
    ["园区里已经有一家电解铝厂在生产，我们打算在旁边新上一条铝箔线", "铝精深加工", "新建", true],
    // A neighbour named as one (隔壁) is a supplier's clause: read aside without a note.
    ["隔壁电解铝厂早就投产了，我们拟新建铝杆线缆项目", "铝精深加工", "新建", false],
    ["集团旗下另一家氧化铝厂已经运行多年，这次准备新建再生铝", "再生铝", "新建", true],
    ["我们集团在清镇已经有一个再生铝厂在生产，这次准备在兴仁新建铝箔厂", "铝精深加工", "新建", true],
  ])("%s → %s（%s）", (text, type, action, noted) => {
    const p = read(text);
    expect(p.projectType).toBe(type);
    expect(p.action).toBe(action);
    // The other plant stands; the project does not.
    expect(p.operating).toBeUndefined();
    expect((p.judgedPart?.setAside.length ?? 0) > 0).toBe(noted);
    if (noted) expect(buildReport(p, knowledge).summary).toMatch(/^本次判断的是描述中拟建设的项目；“.+”不是本次判断的对象/);
  });

  it("takes the project's site, not the site of the company's other plant", () => {
    expect(read("我们集团在清镇已经有一个再生铝厂在生产，这次准备在兴仁新建铝箔厂").location?.zone).toBe("兴仁经开区");
  });

  it("keeps the project's own plant when the standing clause is about it (现有厂技改, 水城经开区有个再生铝厂…已经投产)", () => {
    expect(read("遵义一家老电解铝厂技改，把240kA的槽换成500kA，产能不变").action).toBe("技改");
    const running = read("水城经开区有个再生铝厂，年产5万吨，环评还没批下来，但已经投产三个多月了");
    expect(running.operating).toBe(true);
    expect(running.location?.zone).toBe("水城经开区");
    expect(running.judgedPart).toBeUndefined();
  });
});

describe("phases: the phase proposed is judged, and the report says so", () => {
  it.each([
    ["我们一期10万吨再生铝已投产，二期拟扩建8万吨，环评在做", "二期", "一期", 8],
    ["一期5万吨铝型材已经投产，二期准备扩建3万吨，在兴仁经开区，二期环评在办", "二期", "一期", 3],
    ["首期再生铝已建成投产，二期计划再上10万吨，清镇经开区", "二期", "首期", 10],
    ["一期、二期都已建成投产，三期打算新增6万吨铝箔", "三期", "一期", 6],
  ])("%s → judges %s", (text, judged, asideLabel, capacity) => {
    const p = read(text);
    expect(p.judgedPart?.phase).toBe(judged);
    expect(p.judgedPart?.setAside.some((x) => x.startsWith(asideLabel))).toBe(true);
    expect(p.capacity?.value).toBe(capacity);
    // The built phase producing is not the proposed phase standing before its reviews.
    expect(p.operating).toBeUndefined();
    const summary = buildReport(p, knowledge).summary ?? "";
    expect(summary).toContain(`本次判断的是描述中拟建设的${judged}`);
    expect(summary).toContain(asideLabel);
  });

  it("judges the phases' approvals of the phase proposed: 一期 has its EIA, 二期 does not yet", () => {
    const p = read("一期铝箔已经投产，一期环评早就批了；二期准备扩建5万吨，二期环评还在办");
    expect(p.assessments?.environmentalImpact).toBe("in_progress");
  });

  it("reads one project when every phase is proposed, or words merely contain 期", () => {
    expect(read("一期建10万吨再生铝，二期再扩10万吨，都还没开工").judgedPart).toBeUndefined();
    expect(read("分两期建设再生铝，工期两年").judgedPart).toBeUndefined();
  });
});

describe("relocations are located where they move to", () => {
  it.each([
    ["从白云区搬到开阳，铝型材厂整体搬迁，环评已批", "开阳县", null],
    ["我们的铝型材厂原来在白云区，现在准备整体搬迁到开阳县", "开阳县", null],
    ["老厂在贵阳，准备迁到清镇经开区，再生铝", "清镇市", "清镇经开区"],
    ["再生铝厂要从观山湖区搬到清镇经开区，产能不变", "清镇市", "清镇经开区"],
    ["老厂在遵义汇川区，打算迁往兴仁经开区，做铝箔", "兴仁市", "兴仁经开区"],
    ["老厂迁建到开阳，铝型材", "开阳县", null],
  ])("%s → %s", (text, county, zone) => {
    const p = read(text);
    expect(p.action).toBe("搬迁");
    expect(p.location?.county).toBe(county);
    expect(p.location?.zone ?? null).toBe(zone);
  });

  it("names no old site as the project's when the destination is not said", () => {
    const p = read("白云区的铝型材厂准备整体搬迁，新址还在选");
    expect(p.location?.province).toBe("贵州");
  });
});

describe("robust reading: English, traditional characters, every way of writing a tonnage, mistyped places", () => {
  it.each([
    ["200kt", "20万吨"],
    ["100 kt/a", "10万吨/年"],
    ["1.2 Mt/a", "120万吨/年"],
    ["20万t", "20万吨"],
    ["5万t/a", "5万吨/年"],
    ["50,000 tonnes per year", "50000吨/年"],
    ["30000 tpa", "30000吨/年"],
  ])("%s → %s", (written, unified) => {
    expect(unifyCapacityUnits(written)).toBe(unified);
  });

  it.each([
    ["We plan a 200kt recycled aluminium plant in Qingzhen, EIA approved", 20, "万吨"],
    ["在清镇新建20万t再生铝", 20, "万吨"],
    ["新建 20 万吨/年 再生铝，清镇经开区", 20, "万吨/年"],
    ["在清镇经开区新建二十万吨再生铝", 20, "万吨"],
    ["在興仁經開區新建再生鋁，年產二十萬噸", 20, "万吨/年"],
  ])("%s → %s %s", (text, value, unit) => {
    expect(read(text).capacity).toEqual({ value, unit });
  });

  it("reads an English description as a new build in its park", () => {
    const p = read("We plan a 200kt recycled aluminium plant in Qingzhen, EIA approved");
    expect(p).toMatchObject({ projectType: "再生铝", action: "新建", location: { province: "贵州", zone: "清镇经开区" } });
    expect(p.assessments?.environmentalImpact).toBe("done");
  });

  it.each([
    ["在兴人经开区新建再生铝", "兴仁经开区"],
    ["清真经开区准备上铝箔", "清镇经开区"],
    ["在星仁新建再生铝", "兴仁经开区"],
  ])("mistyped park %s → %s", (text, zone) => {
    expect(read(text).location).toMatchObject({ province: "贵州", zone });
  });

  it.each([
    ["开杨县新建铝型材厂", "开阳县"],
    ["在修闻县新建铝箔厂", "修文县"],
  ])("mistyped county %s → %s", (text, county) => {
    expect(read(text).location).toMatchObject({ province: "贵州", county });
  });

  it("does not make places out of ordinary words before 园区/区", () => {
    expect(read("在产业园区新建铝箔").location?.county ?? null).toBeNull();
  });

  it("asks for the project type, and names the coordinator, when a description says almost nothing", () => {
    for (const text of ["搞个铝厂行不行", "想弄个铝的项目，可以吗"]) {
      const r = buildReport(read(text), knowledge);
      expect(r.overall).toBe("needs_info");
      expect(r.questions[0]).toContain("项目属于");
      expect(r.departments.lead).toBe(knowledge.coordinator?.name);
    }
  });
});

describe("out-of-province reports", () => {
  it.each([
    "在云南文山新建电解铝，20万吨，指标已买，环评在办",
    "We plan an aluminium wheel plant in Baise, Guangxi, EIA approved",
    "雲南曲靖新建再生鋁廠，年產十萬噸，環評已批",
  ])("%s: not this document's, the coordinator named, nothing asked", (text) => {
    const r = buildReport(read(text), knowledge);
    expect(r.findings.find((f) => f.ruleId === "scope-province")?.status).toBe("fail");
    expect(r.summary).toContain("贵州省自己的政策");
    expect(r.departments.lead).toBe("省工业和信息化厅");
    expect(r.questions).toEqual([]);
    expect(r.findings.some((f) => f.status === "needs_info")).toBe(false);
    const text_ = renderReport(r);
    expect(text_).toContain("文件的统筹部门：省工业和信息化厅");
    expect(text_).not.toContain("责任部门（按适用条款汇总）");
  });
});
