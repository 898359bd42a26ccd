import type { AdmissionReport, FindingStatus } from "../admission/report-schema.js";

/** Icon and Chinese word per finding status, shared by every chat renderer so they agree. */
export const FINDING_STATUS_DISPLAY: Record<FindingStatus, { icon: string; text: string }> = {
  pass: { icon: "✅", text: "符合" },
  fail: { icon: "❌", text: "不符合" },
  advice: { icon: "💡", text: "建议" },
  needs_info: { icon: "❓", text: "待补充" },
  not_applicable: { icon: "➖", text: "不适用" },
};

/**
 * The text a chat line shows for a finding: 💡 advice carries its quote, since the point of advice is
 * what the document encourages, in its own words.
 */
export function findingLineText(f: AdmissionReport["findings"][number]): string {
  return f.status === "advice" && f.quote ? `${f.message} 原文：“${f.quote}”` : f.message;
}

export const OVERALL_DISPLAY: Record<AdmissionReport["overall"], { icon: string; text: string }> = {
  compliant: { icon: "✅", text: "符合准入要求" },
  non_compliant: { icon: "❌", text: "不符合准入要求" },
  needs_info: { icon: "❓", text: "信息不足，需补充后判断" },
};

/**
 * The findings worth a line in a chat message. Rules that do not concern the project (➖) are counted,
 * not listed: a 电解铝 check would otherwise show more "不适用" lines than verdicts.
 */
export function selectShownFindings(report: AdmissionReport): { shown: AdmissionReport["findings"]; notApplicableLine: string | null } {
  const shown = report.findings.filter((f) => f.status !== "not_applicable");
  const skipped = report.findings.length - shown.length;
  return { shown, notApplicableLine: skipped ? `${FINDING_STATUS_DISPLAY.not_applicable.icon} 另有 ${skipped} 条规则与本项目无关（不适用）` : null };
}
