import type { Clause } from "../../corpus/clause-schema.js";
import type { FindingStatus } from "../report-schema.js";
import type { AdmissionKnowledge } from "../admission-knowledge.js";
import type { FactKey, ProjectProfile } from "../profile-schema.js";

/** What a rule needs besides the profile: the corpus knowledge, its clause and its verified quote. */
export interface RuleContext {
  knowledge: AdmissionKnowledge;
  clause: Clause;
  quote: string;
}

export interface RuleOutcome {
  status: FindingStatus;
  /** Chinese explanation shown to the user. */
  message: string;
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
  /** "primary" rules define the project's lead clause; "general" ones (能效、三评) apply across types. */
  kind: "primary" | "general";
  appliesTo(profile: ProjectProfile): Applicability;
  /** When applicability is unknown: which fact decides it, and how to ask. */
  applicabilityQuestion?: { facts: FactKey[]; question: string };
  evaluate(profile: ProjectProfile, ctx: RuleContext): RuleOutcome;
}
