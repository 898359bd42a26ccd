import { describe, expect, it } from "vitest";
import { continueCheck, startCheck, type FitCheckStep } from "../../src/admission/fit-check.js";
import { readFitCheckState } from "../../src/admission/fit-check-state.js";
import { renderCheckStep } from "../../src/admission/render-report.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();

/** Round-trips the state through JSON exactly as the conversation store would. */
function answer(step: FitCheckStep, text: string): FitCheckStep {
  const stored = JSON.parse(JSON.stringify(step.state)) as unknown;
  const state = readFitCheckState(stored);
  if (!state) throw new Error("state did not survive JSON");
  return continueCheck(state, text, knowledge);
}

describe("conversational fit check", () => {
  it("asks for the gaps one or two at a time and ends with a final report", () => {
    let step = startCheck("想新建一个电解铝项目", knowledge);
    expect(step.done).toBe(false);
    expect(step.report.overall).toBe("needs_info");
    expect(step.nextQuestions.length).toBeGreaterThanOrEqual(1);
    expect(step.nextQuestions.length).toBeLessThanOrEqual(2);
    expect(step.nextQuestions[0]).toContain("〔三（三）〕");
    expect(step.nextQuestions.join("")).toContain("产能指标");

    step = answer(step, "有，已公告");
    expect(step.state.profile.quotaAnnounced).toBe("done");
    // The cell size is guidance (鼓励…支持400KA以下有序退出): shown as 💡, never asked as a blocker.
    expect(step.nextQuestions.join("")).not.toContain("kA");
    expect(step.report.findings.find((f) => f.ruleId === "3.3-cell-current")?.status).toBe("advice");

    step = answer(step, "基准水平以上");
    expect(step.state.profile.energyLevel).toBe("基准水平以上");
    expect(step.nextQuestions.join("")).toContain("〔五（三）〕");

    step = answer(step, "都做了");
    expect(step.done).toBe(true);
    expect(step.nextQuestions).toEqual([]);
    expect(step.report.overall).toBe("compliant");
    expect(step.report.departments.lead).toBe("省工业和信息化厅");
  });

  it("reads a bare 没有 against the question just asked and fails the clause", () => {
    let step = startCheck("新建电解铝，420kA 预焙槽", knowledge);
    expect(step.nextQuestions[0]).toContain("产能指标");
    step = answer(step, "没有");
    expect(step.state.profile.quotaAnnounced).toBe("not_done");
    expect(step.report.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("fail");
    expect(step.report.overall).toBe("non_compliant");
  });

  it("maps a two-part answer onto two asked facts in order, with their states", () => {
    let step = startCheck("扩建氧化铝，专项论证做过了，有配套铝土矿", knowledge);
    // Red mud and the electrolysis step are guidance (引导…): not asked, shown as 💡.
    expect(step.nextQuestions.join("")).not.toContain("赤泥");
    expect(step.nextQuestions[0]).toContain("〔第五部分〕");
    expect(step.nextQuestions[1]).toContain("〔五（三）〕");
    step = answer(step, "标杆水平，环评在办");
    expect(step.state.profile.energyLevel).toBe("标杆水平");
    expect(step.state.profile.assessments?.environmentalImpact).toBe("in_progress");
  });

  it("reads every state word in a short answer: done, in progress, planned, not yet, not done, refused, postponed", () => {
    const asked = (text: string) => answer(startCheck("新建电解铝，420kA，能效标杆，三评都做了", knowledge), text).state.profile.quotaAnnounced;
    expect(asked("都批了")).toBe("done");
    expect(asked("拿到了")).toBe("done");
    expect(asked("正在办")).toBe("in_progress");
    expect(asked("打算下个月买")).toBe("planned");
    expect(asked("还没")).toBe("not_yet");
    expect(asked("没有")).toBe("not_done");
    expect(asked("不打算买")).toBe("refused");
    expect(asked("后面再补")).toBe("postponed");
  });

  it("work in progress ends the check without a breach: what must be done before construction is listed", () => {
    let step = startCheck("新建电解铝，420kA，能效标杆，三评都做了", knowledge);
    step = answer(step, "指标正在买");
    expect(step.done).toBe(true);
    expect(step.report.overall).toBe("needs_info");
    expect(step.report.findings.some((f) => f.status === "fail")).toBe(false);
    expect(step.report.beforeConstruction?.join("")).toContain("〔三（三）〕开工前");
  });

  it("asks about the project type alone first when it is unknown, then follows the type's clauses", () => {
    let step = startCheck("我们想投个项目", knowledge);
    expect(step.nextQuestions).toHaveLength(1);
    expect(step.nextQuestions[0]).toContain("铝精深加工");
    step = answer(step, "做再生铝，新建");
    expect(step.state.profile.projectType).toBe("再生铝");
    expect(step.nextQuestions.join("")).toContain("〔五（三）〕");
    step = answer(step, "在安顺");
    // 支持…开发区…有序布局: a site outside the listed zones is advised against, not failed.
    expect(step.report.findings.find((f) => f.ruleId === "3.4-recycled-zone")?.status).toBe("advice");
  });

  it("gives the final report when the user does not know, keeping the open questions", () => {
    let step = startCheck("在苟江新建再生铝项目", knowledge);
    step = answer(step, "不清楚");
    expect(step.done).toBe(true);
    expect(step.report.overall).toBe("needs_info");
    expect(step.report.questions.length).toBeGreaterThan(0);
  });

  it("never loops: a question left unanswered is asked at most twice and the check ends", () => {
    let step = startCheck("新建电解铝", knowledge);
    const seen = new Map<string, number>();
    for (let i = 0; i < 12 && !step.done; i++) {
      for (const q of step.nextQuestions) {
        seen.set(q, (seen.get(q) ?? 0) + 1);
        expect(seen.get(q)).toBeLessThanOrEqual(2);
      }
      step = answer(step, i % 2 ? "嗯" : "随便聊聊");
    }
    expect(step.done).toBe(true);
  });

  it("renders a pending step as questions and a finished one as the report", () => {
    const pending = renderCheckStep(startCheck("新建电解铝，350kA，没有指标", knowledge));
    expect(pending.kind).toBe("question");
    expect(pending.text).toContain("〔三（三）〕电解铝产能指标与置换公告");
    expect(pending.text).toMatch(/1\. 按〔/);
    const done = renderCheckStep(answer(startCheck("新建电解铝，350kA，没有指标", knowledge), "不知道"));
    expect(done.kind).toBe("check");
    expect(done.text).toContain("❌ 不符合政策要求");
    // The 350kA cells are guidance: shown as 💡 建议 with the quote, not as ❌.
    expect(done.text).toContain("💡 建议");
    expect(done.text).toContain("💡 〔三（三）〕电解槽规格");
    expect(done.text).toMatch(/原文：“[^”]*支持 ?400KA ?以下电解槽有序退出/);
  });

  it("rejects a foreign object as stored state, so the engine can start afresh", () => {
    expect(readFitCheckState({ hello: 1 })).toBeNull();
    expect(readFitCheckState(null)).toBeNull();
  });
});
