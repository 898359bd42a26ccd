import type { Clause } from "../../corpus/clause-schema.js";
import type { FindingStatus } from "../report-schema.js";
import type { AdmissionKnowledge } from "../admission-knowledge.js";
import type { RuleStrength, StrengthReading } from "../rule-strength.js";
import type { FactKey, ProjectProfile } from "../profile-schema.js";

/** What a rule needs besides the profile: the corpus knowledge, its clause and its verified quote. */
export interface RuleContext {
  knowledge: AdmissionKnowledge;
  clause: Clause;
  quote: string;
  /** How binding the clause wording the rule rests on is (read from the corpus). */
  strength: StrengthReading;
}

/**
 * What a rule found. Rules say "fail" when the project does not do what the clause says; the clause
 * wording then decides what that means: ❌ for a hard or conditional requirement, 💡 advice for
 * guidance (the rule's `advice` text, when given, is what is shown then).
 */
export interface RuleOutcome {
  status: Exclude<FindingStatus, "advice">;
  /** Chinese explanation shown to the user. */
  message: string;
  /** The suggestion shown instead of `message` when the clause is guidance. */
  advice?: string;
  /** For work under way or planned (needs_info) or promised before construction (pass): what must be finished before construction. */
  todo?: string;
  /** For needs_info: the Chinese question and the profile facts it fills. */
  question?: string;
  facts?: FactKey[];
  /** A rule that judges against another clause than its own (the matched cluster) overrides these. */
  clause?: Clause;
  quote?: string;
}

export type Applicability = "yes" | "no" | "unknown";

/**
 * One admission rule as data: tied to a clause, quoting it (the anchor is located in the clause text
 * at run time and must occur there), with a pure applicability predicate and a pure evaluation.
 */
export interface AdmissionRule {
  ruleId: string;
  clauseId: string;
  /** Short Chinese name for tables. */
  title: string;
  /** Text the verdict rests on; the quoted sentence is the clause sentence containing it. */
  anchor: string;
  /**
   * The clause wording whose strength decides the verdict, when it is not the anchor itself
   * (三（三）: the quota sentence is quoted, 严禁违规新增电解铝产能 makes it binding). It is quoted too.
   */
  basis?: string;
  /** A fixed strength for a rule not resting on a requirement's wording (the territorial scope). */
  strength?: RuleStrength;
  /** For a conditional clause (原则上): the exception to state when it is broken. */
  exception?: string;
  /** For a rule whose anchor is itself read from the corpus (the issuer): overrides `anchor`. */
  resolveAnchor?(knowledge: AdmissionKnowledge): string | null;
  /** "primary" rules define the project's lead clause; "general" ones (能效、三评) apply across types. */
  kind: "primary" | "general";
  appliesTo(profile: ProjectProfile): Applicability;
  /** When applicability is unknown: which fact decides it, and how to ask. */
  applicabilityQuestion?: { facts: FactKey[]; question: string };
  evaluate(profile: ProjectProfile, ctx: RuleContext): RuleOutcome;
}
