import type { AdmissionReport, FindingStatus } from "../admission/report-schema.js";

/** Icon and Chinese word per finding status, shared by every chat renderer so they agree. */
export const FINDING_STATUS_DISPLAY: Record<FindingStatus, { icon: string; text: string }> = {
  pass: { icon: "✅", text: "符合" },
  fail: { icon: "❌", text: "不符合" },
  needs_info: { icon: "❓", text: "待补充" },
  not_applicable: { icon: "➖", text: "不适用" },
};

export const OVERALL_DISPLAY: Record<AdmissionReport["overall"], { icon: string; text: string }> = {
  compliant: { icon: "✅", text: "符合准入要求" },
  non_compliant: { icon: "❌", text: "不符合准入要求" },
  needs_info: { icon: "❓", text: "信息不足，需补充后判断" },
};
