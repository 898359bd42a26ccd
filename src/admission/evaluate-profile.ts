import type { Clause } from "../corpus/clause-schema.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { locateQuote } from "./locate-quote.js";
import type { FactKey, ProjectProfile } from "./profile-schema.js";
import type { Finding } from "./report-schema.js";
import { listRules } from "./rules/list-rules.js";
import type { AdmissionRule, RuleOutcome } from "./rules/rule-types.js";

/** A fact the check still needs, with the question that asks for it. */
export interface PendingFact {
  facts: FactKey[];
  question: string;
}

export interface Evaluation {
  findings: Finding[];
  /** Clauses of the rules that apply (primary rules first): the basis for departments. */
  applicableClauses: Clause[];
  pending: PendingFact[];
}

export const PROJECT_TYPE_QUESTION =
  "文件对不同类型的铝项目要求不同（见〔第二部分〕〔第三部分〕）：项目属于铝土矿开采、氧化铝、电解铝、再生铝、铝精深加工，还是铝基非金属材料？主要产品是什么？";

/** Runs every rule over the profile. Pure: the same profile and corpus give the same findings. */
export function evaluateProfile(profile: ProjectProfile, k: AdmissionKnowledge, rules: AdmissionRule[] = listRules()): Evaluation {
  const findings: Finding[] = [];
  const applicable: { clause: Clause; primary: boolean }[] = [];
  const pending: PendingFact[] = [];
  const addPending = (p: PendingFact) => {
    if (!pending.some((x) => x.question === p.question || x.facts.join() === p.facts.join())) pending.push(p);
  };

  for (const rule of rules) {
    const clause = k.clause(rule.clauseId);
    const quote = clause ? locateQuote(clause, rule.anchor) : null;
    if (!clause || !quote) {
      findings.push({
        ruleId: rule.ruleId, clauseId: rule.clauseId, label: clause?.label ?? rule.clauseId, title: rule.title,
        status: "not_applicable", quote: "", message: "当前语料的该条款中找不到本规则依据的原文，未作判断。",
      });
      continue;
    }
    const applies = rule.appliesTo(profile);
    let outcome: RuleOutcome;
    if (applies === "no") {
      outcome = { status: "not_applicable", message: `本条与${profile.projectType ?? "本"}项目${profile.action ? `（${profile.action}）` : ""}无关。` };
    } else if (applies === "unknown") {
      const q = !profile.projectType
        ? { facts: ["projectType" as FactKey], question: PROJECT_TYPE_QUESTION }
        : (rule.applicabilityQuestion ?? { facts: ["action" as FactKey], question: PROJECT_TYPE_QUESTION });
      outcome = { status: "needs_info", message: "需要先确认项目类型或建设性质，才能判断本条是否适用。", ...q };
    } else {
      outcome = rule.evaluate(profile, { knowledge: k, clause, quote });
    }
    const usedClause = outcome.clause ?? clause;
    const finding: Finding = {
      ruleId: rule.ruleId, clauseId: usedClause.clauseId, label: usedClause.label, title: rule.title,
      status: outcome.status, message: outcome.message, quote: outcome.quote ?? quote,
    };
    if (outcome.status === "needs_info" && outcome.question) {
      finding.question = outcome.question;
      addPending({ facts: outcome.facts ?? [], question: outcome.question });
    }
    findings.push(finding);
    if (applies === "yes" && !applicable.some((a) => a.clause === usedClause)) applicable.push({ clause: usedClause, primary: rule.kind === "primary" });
  }
  const applicableClauses = [...applicable.filter((a) => a.primary), ...applicable.filter((a) => !a.primary)].map((a) => a.clause);
  return { findings, applicableClauses, pending };
}
