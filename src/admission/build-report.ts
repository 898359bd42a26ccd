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
import { recycledZoneRule } from "./rules/recycled-rules.js";

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
    departments: evaluation.outOfScope ? coordinatorOnly(k) : chooseDepartments(p, evaluation, k),
    questions: evaluation.pending.map((q) => q.question),
    beforeConstruction: evaluation.beforeConstruction,
    summary: judgedPartNote(p) + (evaluation.outOfScope ? outOfScopeSummary(findings, k) : summarize(overall, findings, evaluation)),
    docId: k.docId,
  };
  return { report, evaluation };
}

/**
 * The cluster or park arrangement the project fits: a clause that names both what the project makes and
 * where it is. 二（一）–二（三） place products in key zones (以清镇经开区、兴仁经开区等为重点); 三（四） places
 * recycled aluminium in its listed zones. A product of a cluster built elsewhere, or with no site given,
 * fits no arrangement (null) – the 二 finding still says which cluster the product belongs to and that
 * the site is not one of its zones.
 */
function describeCluster(p: ProjectProfile, k: AdmissionKnowledge): ClusterFit | null {
  // Every component counts: an integrated smelter + cable line has the cable line's cluster.
  if (typeIn(p, "铝精深加工", "铝基非金属材料") === "yes") {
    const c = matchCluster(p, k);
    if (c && judgeZoneFit(p.location, c.zones, k).fit === true) {
      return { clauseId: c.clause.clauseId, label: c.clause.label, name: c.name, zoneFit: true, zones: c.zones.map((z) => z.name) };
    }
  }
  if (typeIn(p, "再生铝") === "yes") {
    const rule = recycledZoneRule;
    const clause = k.clause(rule.clauseId);
    const zones = clause ? k.zonesOf(clause.clauseId) : [];
    if (clause && zones.length && judgeZoneFit(p.location, zones, k).fit === true) {
      return { clauseId: clause.clauseId, label: clause.label, name: clause.title || rule.title, zoneFit: true, zones: zones.map((z) => z.name) };
    }
  }
  return null;
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

/**
 * Outside the province the document's own coordinating department is still named (六（一）: 省工业和信息化厅
 * 牵头), marked as coordinating this province's work only: a reader learns whose policy this is, not
 * whom to apply to.
 */
function coordinatorOnly(k: AdmissionKnowledge): AdmissionReport["departments"] {
  const c = k.coordinator;
  if (!c) return { lead: null, all: [], clauseIds: [] };
  const home = k.province?.name ?? "本省";
  return {
    lead: c.name, all: [{ name: c.name, implicit: false }], clauseIds: [c.clause.clauseId],
    note: `按〔${c.clause.label}〕统筹本文件的实施，只负责${home}省内的项目`,
  };
}

function outOfScopeSummary(findings: AdmissionReport["findings"], k: AdmissionKnowledge): string {
  const scope = findings.find((f) => f.ruleId === scopeRule.ruleId)?.message ?? "";
  const c = k.coordinator;
  return c ? `${scope}本文件的统筹部门是${c.name}（〔${c.clause.label}〕），只负责${k.province?.name ?? "本省"}省内的项目。` : scope;
}

/** Which part of a many-part description was judged (二期, not the 一期 already producing), said first. */
function judgedPartNote(p: ProjectProfile): string {
  const j = p.judgedPart;
  if (!j) return "";
  const judged = j.phase ? `本次判断的是描述中拟建设的${j.phase}` : "本次判断的是描述中拟建设的项目";
  const aside = j.setAside.length ? `；${j.setAside.map((x) => (/（/.test(x) ? x : `“${x}”`)).join("、")}不是本次判断的对象，其情况不作为本项目的事实` : "";
  return `${judged}${aside}。`;
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
  // Work promised before construction is met on that condition: the summary says it is still to do.
  const promised = e.beforeConstruction.length ? "承诺开工前完成的事项须按期办完（见下方）。" : "";
  return `按已提供的信息，未发现与文件要求不符之处。${promised}${advice}`;
}
