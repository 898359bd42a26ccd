import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { continueCheck, startCheck } from "../admission/fit-check.js";
import { readFitCheckState } from "../admission/fit-check-state.js";
import { listReportDepartments } from "../admission/list-report-departments.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import { renderCheckStep } from "../admission/render-report.js";
import type { AdmissionReport } from "../admission/report-schema.js";
import { buildCitation } from "../answer/build-citation.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Citation } from "../reply/reply-schema.js";
import type { CheckHandler } from "./check-handler.js";

export interface AdmissionCheckDeps {
  knowledge: AdmissionKnowledge;
  extractor: ProfileExtractor;
  clauses: readonly Clause[];
}

/**
 * The engine's CheckHandler over the admission module's conversational check (issue 5): a fresh
 * description starts a check, later messages answer its questions; the check state is plain JSON
 * kept as the conversation's pendingCheck. Citations are rebuilt from the corpus and verified.
 */
export function createAdmissionCheckHandler(deps: AdmissionCheckDeps): CheckHandler {
  return {
    async check({ text, pending }) {
      const extracted = await deps.extractor.extract(text);
      const state = pending ? readFitCheckState(pending) : null;
      const step = state ? continueCheck(state, text, deps.knowledge, extracted) : startCheck(text, deps.knowledge, extracted);
      const view = renderCheckStep(step);
      return {
        reply: {
          kind: view.kind,
          answer: view.text,
          citations: citeFindings(step.report, deps.clauses),
          departments: listReportDepartments(step.report),
          followUps: [],
          report: step.report,
        },
        pending: step.done ? null : (step.state as unknown as Record<string, unknown>),
      };
    },
  };
}

function citeFindings(report: AdmissionReport, clauses: readonly Clause[]): Citation[] {
  const out: Citation[] = [];
  for (const f of report.findings) {
    if (f.status === "not_applicable" || !f.quote) continue;
    const clause = clauses.find((c) => c.clauseId === f.clauseId);
    const c = clause ? buildCitation(clause, f.quote) : null;
    if (c && !out.some((x) => x.clauseId === c.clauseId && x.quote === c.quote)) out.push(c);
  }
  return out;
}
