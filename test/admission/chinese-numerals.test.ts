import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { continueCheck, startCheck } from "../../src/admission/fit-check.js";
import { arabizeQuantities, parseChineseNumber } from "../../src/admission/parse-chinese-number.js";
import { readCellThresholdKa } from "../../src/admission/rules/electrolytic-rules.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);

describe("parseChineseNumber", () => {
  it.each([
    ["三十", 30], ["五十", 50], ["一百二十", 120], ["四百", 400], ["两百", 200], ["十", 10], ["十五", 15],
    ["三百五十", 350], ["一百零五", 105], ["一千零一十", 1010], ["两百五", 250], ["一万五千", 15000],
    ["二点五", 2.5], ["四〇〇", 400], ["九十九万", 990000],
    // Financial (大写) numerals, as formal reports write them.
    ["叁拾", 30], ["肆佰", 400], ["贰拾伍", 25], ["壹佰贰拾", 120], ["伍佰", 500],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(["", "点五", "五点", "一点二点三", "十百", "百千", "三三十", "万万", "abc"])("rejects %j", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe("Chinese numerals in capacities and currents", () => {
  it.each([
    ["新建电解铝，年产三十万吨", { value: 30, unit: "万吨/年" }],
    ["新建电解铝，年产叁拾万吨", { value: 30, unit: "万吨/年" }],
    ["再生铝，五十万吨/年", { value: 50, unit: "万吨/年" }],
    ["氧化铝厂一百二十万吨", { value: 120, unit: "万吨" }],
    ["铝箔厂，年产两百万吨", { value: 200, unit: "万吨/年" }],
    ["年处理废铝一万五千吨", { value: 15000, unit: "吨/年" }],
    ["年产二点五万吨铝箔", { value: 2.5, unit: "万吨/年" }],
  ])("%s", (text, capacity) => {
    expect(read(text).capacity).toEqual(capacity);
  });

  it.each([
    ["电解铝，四百千安的槽", 400],
    ["用五百kA电解槽", 500],
    ["五百KA预焙槽", 500],
    ["两百千安的老槽子", 200],
    ["三百五十千安电解槽", 350],
  ])("%s → %d kA", (text, ka) => {
    expect(read(text).cellCurrentKa).toBe(ka);
  });

  it("leaves numerals that quantify nothing alone", () => {
    expect(arabizeQuantities("三评都做了，一期工程")).toBe("三评都做了，一期工程");
    expect(read("铝箔，三评都做完了").assessments).toEqual({ energyReview: "done", environmentalImpact: "done", waterResources: "done" });
    expect(read("一期新建铝箔厂").capacity).toBeUndefined();
  });

  it("a Chinese-numeral current below the corpus threshold is judged like the Arabic one (💡, the clause is guidance)", () => {
    const threshold = readCellThresholdKa(knowledge.clause("3.3")!.text)!;
    expect(350).toBeLessThan(threshold);
    const arabic = buildReport(read("新建电解铝，350kA电解槽，指标已公告"), knowledge);
    const chinese = buildReport(read("新建电解铝，三百五十千安电解槽，指标已公告"), knowledge);
    expect(chinese.findings.map((f) => f.status)).toEqual(arabic.findings.map((f) => f.status));
    expect(chinese.findings.some((f) => f.ruleId === "3.3-cell-current" && f.status === "advice")).toBe(true);
    expect(chinese.findings.some((f) => f.status === "fail")).toBe(false);
  });

  it("an answer in Chinese numerals fills the cell current in a conversation", () => {
    const first = startCheck("新建电解铝项目，产能指标已公告", knowledge);
    expect(first.done).toBe(false);
    const step = continueCheck(first.state, "用四百千安的预焙槽", knowledge);
    expect(step.state.profile.cellCurrentKa).toBe(400);
    expect(step.report.findings.find((f) => f.ruleId === "3.3-cell-current")?.status).toBe("pass");
  });

  it("reads an upgrade in Chinese numerals: the new cells, and no new capacity", () => {
    const p = read("现有电解铝厂把三百千安的槽子全部换成四百五十千安的，产能一吨不加");
    expect(p).toMatchObject({ cellCurrentKa: 450, action: "技改", addsCapacity: false });
    expect(p.capacity).toBeUndefined();
  });
});
