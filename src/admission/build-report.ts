import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { evaluateProfile, type Evaluation } from "./evaluate-profile.js";
import { judgeZoneFit } from "./judge-zone-fit.js";
import { locateQuote } from "./locate-quote.js";
import { matchCluster } from "./match-cluster.js";
import { typeIn } from "./rules/applicability.js";
import { normalizeProfile, type ProjectProfile } from "./profile-schema.js";
import type { AdmissionReport, ClusterFit, Incentive } from "./report-schema.js";
import { resolveDepartments } from "./resolve-departments.js";
import { listIncentives } from "./rules/list-incentives.js";
import { scopeRule } from "./rules/scope-rule.js";

export interface ReportWithPending {
  report: AdmissionReport;
  evaluation: Evaluation;
}

/** Builds the admission report for a profile: deterministic, every quote verified in the corpus. */
export function buildReport(profile: ProjectProfile, k: AdmissionKnowledge): AdmissionReport {
  return buildReportWithPending(profile, k).report;
}

export function buildReportWithPending(profile: ProjectProfile, k: AdmissionKnowledge): ReportWithPending {
  const p = normalizeProfile(profile);
  const evaluation = evaluateProfile(p, k);
  const { findings } = evaluation;
  const overall: AdmissionReport["overall"] = findings.some((f) => f.status === "fail")
    ? "non_compliant"
    : findings.some((f) => f.status === "needs_info")
      ? "needs_info"
      : "compliant";
  // A project in another province belongs to none of this policy's clusters, incentives or departments.
  const cluster = evaluation.outOfScope ? null : describeCluster(p, k);
  const report: AdmissionReport = {
    overall,
    projectType: p.projectType ? [p.projectType, ...(p.additionalTypes ?? [])].join("+") : "未知",
    profile: p as Record<string, unknown>,
    findings,
    cluster,
    incentives: evaluation.outOfScope ? [] : collectIncentives(p, k),
    departments: evaluation.outOfScope ? { lead: null, all: [], clauseIds: [] } : chooseDepartments(p, evaluation, k),
    questions: evaluation.pending.map((q) => q.question),
    beforeConstruction: evaluation.beforeConstruction,
    summary: evaluation.outOfScope
      ? (findings.find((f) => f.ruleId === scopeRule.ruleId)?.message ?? "")
      : summarize(overall, findings, evaluation),
    docId: k.docId,
  };
  return { report, evaluation };
}

function describeCluster(p: ProjectProfile, k: AdmissionKnowledge): ClusterFit | null {
  // Every component counts: an integrated smelter + cable line has the cable line's cluster.
  if (typeIn(p, "铝精深加工", "铝基非金属材料") !== "yes") return null;
  const c = matchCluster(p, k);
  if (!c) return null;
  return {
    clauseId: c.clause.clauseId, label: c.clause.label, name: c.name,
    zoneFit: judgeZoneFit(p.location, c.zones, k).fit, zones: c.zones.map((z) => z.name),
  };
}

function collectIncentives(p: ProjectProfile, k: AdmissionKnowledge): Incentive[] {
  const out: Incentive[] = [];
  for (const rule of listIncentives()) {
    if (!rule.appliesTo(p)) continue;
    const clause = k.clause(rule.clauseId);
    const quote = clause ? locateQuote(clause, rule.anchor) : null;
    if (!clause || !quote) continue;
    out.push({ clauseId: clause.clauseId, label: clause.label, name: rule.name, quote });
  }
  return out;
}

/**
 * The departments of the clauses that decided the verdict, lead first. A project whose type is not
 * known (or that no departmental clause concerns) is still somebody's business: the department the
 * document names as coordinating it (六（一）: 省工业和信息化厅牵头会同…) leads then.
 */
function chooseDepartments(p: ProjectProfile, e: Evaluation, k: AdmissionKnowledge): AdmissionReport["departments"] {
  const decided = resolveDepartments(e.applicableClauses);
  const coordinator = k.coordinator;
  const typeUnknown = !p.projectType || p.projectType === "其他";
  if (!coordinator || (!typeUnknown && decided.all.length)) return decided;
  const rest = decided.all.filter((d) => d.name !== coordinator.name);
  return {
    lead: coordinator.name,
    all: [{ name: coordinator.name, implicit: false }, ...rest],
    clauseIds: [coordinator.clause.clauseId, ...(decided.clauseIds ?? []).filter((id) => id !== coordinator.clause.clauseId)],
  };
}

function summarize(overall: AdmissionReport["overall"], findings: AdmissionReport["findings"], e: Evaluation): string {
  const advice = findings.some((f) => f.status === "advice") ? "另有鼓励性事项（💡）可供参考，不影响结论。" : "";
  if (overall === "non_compliant") {
    const failing = [...new Set(findings.filter((f) => f.status === "fail").map((f) => f.label))];
    return `未满足${failing.map((l) => `〔${l}〕`).join("")}的要求，详见下方说明。`;
  }
  if (overall === "needs_info") {
    if (e.pending.length === 0 && e.beforeConstruction.length) return `目前没有发现违规，但有事项正在办理或尚未办理，须在开工前完成（见下方）。${advice}`;
    return `信息不足，暂时无法给出结论，请补充下列问题的答案。${advice}`;
  }
  return `按已提供的信息，未发现与文件要求不符之处。${advice}`;
}
