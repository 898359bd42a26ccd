import type { Clause } from "../corpus/clause-schema.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { locateQuote, locateSpan } from "./locate-quote.js";
import type { FactKey, ProjectProfile } from "./profile-schema.js";
import type { Finding, FindingStatus } from "./report-schema.js";
import type { StrengthReading } from "./rule-strength.js";
import { listRules } from "./rules/list-rules.js";
import { ALUMINIUM_TYPES } from "./rules/applicability.js";
import type { AdmissionRule, RuleContext, RuleOutcome } from "./rules/rule-types.js";
import { scopeRule } from "./rules/scope-rule.js";

const OUT_OF_SCOPE_RULE = scopeRule.ruleId;

/** A fact the check still needs, with the question that asks for it. */
export interface PendingFact {
  facts: FactKey[];
  question: string;
}

/** A clause a finding rests on, with what decided it (for the departments' order). */
export interface DecidingClause {
  clause: Clause;
  status: FindingStatus;
  primary: boolean;
  /** The rule applies to the project's own type, not only to a component added to it. */
  main: boolean;
}

export interface Evaluation {
  findings: Finding[];
  /**
   * Clauses of the rules that apply, the deciding ones first: failing ones, then the rest;
   * type-specific (primary) before general within each. The basis for departments.
   */
  applicableClauses: Clause[];
  pending: PendingFact[];
  /** What must be finished before construction, for work stated as under way or planned. */
  beforeConstruction: string[];
  /** The project lies outside the province the policy applies to (scope rule failed). */
  outOfScope: boolean;
}

export const PROJECT_TYPE_QUESTION =
  "文件对不同类型的铝项目要求不同（见〔第二部分〕〔第三部分〕）：项目属于铝土矿开采、氧化铝、电解铝、再生铝、铝精深加工，还是铝基非金属材料？主要产品是什么？";

const DECISIVENESS: Record<FindingStatus, number> = { fail: 0, needs_info: 1, advice: 2, pass: 3, not_applicable: 4 };
const DEFAULT_EXCEPTION = "这是一般要求；确有特殊情况的，须说明理由，经有关部门论证认可后方可例外";

/** Runs every rule over the profile. Pure: the same profile and corpus give the same findings. */
export function evaluateProfile(profile: ProjectProfile, k: AdmissionKnowledge, rules: AdmissionRule[] = listRules()): Evaluation {
  const findings: Finding[] = [];
  const deciding: DecidingClause[] = [];
  const pending: PendingFact[] = [];
  const beforeConstruction: string[] = [];
  const addPending = (p: PendingFact) => {
    if (!pending.some((x) => x.question === p.question || (p.facts.length && x.facts.join() === p.facts.join()))) pending.push(p);
  };

  for (const rule of rules) {
    const clause = k.clause(rule.clauseId);
    const anchor = rule.resolveAnchor ? rule.resolveAnchor(k) : rule.anchor;
    const basis = rule.basis ?? anchor;
    const reading: StrengthReading | null = rule.strength ? { strength: rule.strength, marker: null } : clause && basis ? k.wording(clause.clauseId, basis) : null;
    const quote = clause && anchor && reading ? (rule.basis ? locateSpan(clause, rule.basis, anchor) : locateQuote(clause, anchor)) : null;
    if (!clause || !quote || !reading) {
      findings.push({
        ruleId: rule.ruleId, clauseId: rule.clauseId, label: clause?.label ?? rule.clauseId, title: rule.title,
        status: "not_applicable", quote: "", message: "当前语料的该条款中找不到本规则依据的原文，未作判断。",
      });
      continue;
    }
    let applies = rule.appliesTo(profile);
    // Guidance never blocks a verdict: for a known project type it is judged (as 💡 or ✅) even when the
    // action that would settle whether it applies is not known, instead of asking for the action.
    if (applies === "unknown" && reading.strength === "guidance" && profile.projectType) applies = "yes";
    let outcome: RuleOutcome;
    const typeFree = applies === "unknown" ? breachOfEveryType(rule, profile, { knowledge: k, clause, quote, strength: reading }) : null;
    if (typeFree) {
      applies = "yes";
      outcome = typeFree;
    } else if (applies === "no") {
      outcome = { status: "not_applicable", message: `本条与${profile.projectType ?? "本"}项目${profile.action ? `（${profile.action}）` : ""}无关。` };
    } else if (applies === "unknown") {
      const q = !profile.projectType
        ? { facts: ["projectType" as FactKey], question: PROJECT_TYPE_QUESTION }
        : (rule.applicabilityQuestion ?? { facts: ["action" as FactKey], question: PROJECT_TYPE_QUESTION });
      outcome = { status: "needs_info", message: "需要先确认项目类型或建设性质，才能判断本条是否适用。", ...q };
    } else {
      outcome = rule.evaluate(profile, { knowledge: k, clause, quote, strength: reading });
    }
    const usedClause = outcome.clause ?? clause;
    const finding = toFinding(rule, usedClause, outcome, outcome.quote ?? quote, applies === "yes" ? reading : null);
    if (finding.status === "needs_info" && finding.question) addPending({ facts: outcome.facts ?? [], question: finding.question });
    if (finding.todo && !beforeConstruction.includes(finding.todo)) beforeConstruction.push(finding.todo);
    findings.push(finding);
    if (applies === "yes") {
      const seen = deciding.find((d) => d.clause === usedClause);
      const main = !profile.additionalTypes?.length || rule.appliesTo({ ...profile, additionalTypes: [] }) === "yes";
      if (!seen) deciding.push({ clause: usedClause, status: finding.status, primary: rule.kind === "primary", main });
      else if (DECISIVENESS[finding.status] < DECISIVENESS[seen.status]) seen.status = finding.status;
    }
  }
  // A project outside the policy's province: nothing is worth asking, and what another clause would
  // ask is not left open (❓ without a question) – the clause simply does not apply there.
  if (findings.some((f) => f.ruleId === OUT_OF_SCOPE_RULE && f.status === "fail")) {
    const home = k.province?.name ?? "本省";
    const settled = findings.map((f): Finding => {
      if (f.status !== "needs_info") return f;
      const { question: _question, todo: _todo, ...rest } = f;
      return { ...rest, status: "not_applicable", message: `项目在${home}省外，本文件不适用，本条不再追问。` };
    });
    return { findings: settled, applicableClauses: [], pending: [], beforeConstruction: [], outOfScope: true };
  }
  // Failing clauses decide a non-compliant verdict; otherwise the type's own clauses do (the main
  // type's before an added component's: an alumina plant with a ceramsite line is led as alumina), then the general ones.
  const rank = (d: DecidingClause) => (d.status === "fail" ? 0 : 3) + (d.primary ? (d.main ? 0 : 1) : 2);
  const applicableClauses = deciding
    .map((d, i) => ({ d, i }))
    .sort((x, y) => rank(x.d) - rank(y.d) || x.i - y.i)
    .map((x) => x.d.clause);
  return { findings, applicableClauses, pending, beforeConstruction, outOfScope: false };
}

/**
 * A requirement every aluminium project shares, broken by what the description states whatever its
 * type ("已经投产一年多，节能审查一直没做过" of a project whose type is not clear yet): the breach does not
 * wait for the type question. Null unless the rule applies to, and fails for, every aluminium type.
 */
function breachOfEveryType(rule: AdmissionRule, profile: ProjectProfile, ctx: RuleContext): RuleOutcome | null {
  if (profile.projectType) return null;
  const asTypes = ALUMINIUM_TYPES.map((projectType): ProjectProfile => ({ ...profile, projectType }));
  if (!asTypes.every((p) => rule.appliesTo(p) === "yes")) return null;
  const outcomes = asTypes.map((p) => rule.evaluate(p, ctx));
  return outcomes.every((o) => o.status === "fail") ? outcomes[0]! : null;
}

/**
 * The finding for one outcome, with the clause wording applied: guidance not followed is 💡 advice
 * (never ❌, never a blocking question); a conditional requirement broken states its exception.
 */
function toFinding(rule: AdmissionRule, clause: Clause, outcome: RuleOutcome, quote: string, reading: StrengthReading | null): Finding {
  const base: Finding = {
    ruleId: rule.ruleId, clauseId: clause.clauseId, label: clause.label, title: rule.title,
    status: outcome.status, message: outcome.message, quote,
  };
  if (reading) {
    base.strength = reading.strength;
    if (reading.marker) base.marker = reading.marker;
  }
  if (reading?.strength === "guidance" && (outcome.status === "fail" || outcome.status === "needs_info")) {
    const said = reading.marker ? `条款用语为“${reading.marker}”` : "条款为鼓励性表述";
    return { ...base, status: "advice", message: `${outcome.advice ?? outcome.message}（${said}，属于鼓励、引导性内容，不构成不符合。）` };
  }
  if (reading?.strength === "conditional" && outcome.status === "fail") {
    const exception = rule.exception ?? DEFAULT_EXCEPTION;
    return { ...base, exception, message: `${outcome.message}条款写的是“${reading.marker ?? "原则上"}”：${exception}。` };
  }
  if (outcome.status === "needs_info" && outcome.question) base.question = outcome.question;
  // Work promised before construction is met on that condition: it stays on the to-do list.
  if ((outcome.status === "needs_info" || outcome.status === "pass") && outcome.todo) base.todo = outcome.todo;
  return base;
}
