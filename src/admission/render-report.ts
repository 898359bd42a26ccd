import type { AdmissionReport, FindingStatus } from "./report-schema.js";

export const STATUS_ICON: Record<FindingStatus, string> = { pass: "✅", fail: "❌", advice: "💡", needs_info: "❓", not_applicable: "➖" };
const STATUS_TEXT: Record<FindingStatus, string> = { pass: "符合", fail: "不符合", advice: "建议", needs_info: "待补充", not_applicable: "不适用" };
const OVERALL_TEXT: Record<AdmissionReport["overall"], string> = {
  compliant: "✅ 符合政策要求",
  non_compliant: "❌ 不符合政策要求",
  needs_info: "❓ 信息不足，暂无法定论",
};

const OUT_OF_SCOPE_TEXT = "❌ 不适用本文件（项目不在文件适用的省份内）";

export interface RenderOptions {
  /** Renders the rule table (terminal); chat transports pass their own table-free layout. */
  table?: (header: string[], rows: string[][]) => string;
}

/** Chinese plain-text rendering of a report, shared by the CLI and the chat engine. */
export function renderReport(r: AdmissionReport, options: RenderOptions = {}): string {
  const out: string[] = [];
  const p = r.profile as { action?: string | null; location?: { province?: string | null; city?: string | null; county?: string | null; zone?: string | null } | null };
  const where = [p.location?.province, p.location?.city, p.location?.county, p.location?.zone].filter(Boolean).join(" ");
  out.push(`项目准入检查：${r.projectType}${p.action ? `（${p.action}）` : ""}${where ? ` · ${where}` : ""}`);
  // Outside the province the document does not apply at all: saying "不符合" would suggest a fix.
  const outside = r.findings.some((f) => f.clauseId === "0" && f.ruleId === "scope-province" && f.status === "fail");
  out.push(`结论：${outside ? OUT_OF_SCOPE_TEXT : OVERALL_TEXT[r.overall]}${r.summary ? `。${r.summary}` : ""}`);

  const shown = r.findings.filter((f) => f.status !== "not_applicable");
  const rows = r.findings.map((f) => [`${STATUS_ICON[f.status]} ${STATUS_TEXT[f.status]}`, `〔${f.label}〕`, f.title ?? f.ruleId]);
  out.push("", "逐条检查：");
  out.push(options.table ? options.table(["结果", "条款", "规则"], rows) : rows.map((row) => `  ${row.join("  ")}`).join("\n"));

  if (shown.length) {
    out.push("", "说明与原文依据：");
    for (const f of shown) {
      out.push(`${STATUS_ICON[f.status]} 〔${f.label}〕${f.title ?? ""}：${f.message}`);
      if (f.quote) out.push(`   原文：“${f.quote}”〔${f.label}〕`);
    }
  }

  if (r.cluster) {
    const fit = r.cluster.zoneFit === true ? "是" : r.cluster.zoneFit === false ? "否" : "未知（未说明具体园区）";
    out.push("", `产业集群：〔${r.cluster.label}〕${r.cluster.name}`);
    out.push(`  点名园区：${r.cluster.zones.join("、") || "（条款未点名）"}`);
    out.push(`  项目是否位于点名园区：${fit}`);
  }

  if (r.incentives.length) {
    out.push("", r.overall === "non_compliant" ? "可争取的支持政策（须先解决上述不符合项）：" : "可争取的支持政策：");
    for (const i of r.incentives) out.push(`  · ${i.name}〔${i.label}〕：“${i.quote}”`);
  }

  if (r.departments.note) {
    out.push("", `文件的统筹部门：${r.departments.all.map((d) => d.name).join("、")}（${r.departments.note}）`);
  } else if (r.departments.all.length) {
    out.push("", "责任部门（按适用条款汇总）：");
    for (const d of r.departments.all) {
      const role = d.name === r.departments.lead ? "（列首位，通常为牵头部门）" : d.implicit ? "（文件统一说明以下条款均需其落实、不再列出）" : "";
      out.push(`  · ${d.name}${role}`);
    }
  }

  if (r.beforeConstruction?.length) {
    out.push("", "开工前须完成：");
    for (const t of r.beforeConstruction) out.push(`  · ${t}`);
  }

  if (r.questions.length) {
    out.push("", "还需要补充的信息：");
    r.questions.forEach((q, i) => out.push(`  ${i + 1}. ${q}`));
  }
  return out.join("\n");
}

/** What a chat turn of the conversational check shows: the questions while facts are missing, else the report. */
export function renderCheckStep(step: { report: AdmissionReport; nextQuestions: string[]; done: boolean }): {
  kind: "question" | "check";
  text: string;
} {
  if (step.done) return { kind: "check", text: renderReport(step.report) };
  const known = step.report.findings.filter((f) => f.status === "fail");
  // While asking, the open questions are the point; 💡 advice waits for the final report.
  const lines = [`项目准入检查（${step.report.projectType}）：还需要确认几件事。`];
  if (known.length) lines.push(`目前已发现不符合项：${known.map((f) => `〔${f.label}〕${f.title ?? ""}`).join("；")}。`);
  step.nextQuestions.forEach((q, i) => lines.push(`${i + 1}. ${q}`));
  lines.push("（回答“不清楚”可直接查看目前的检查结果。）");
  return { kind: "question", text: lines.join("\n") };
}
