import { z } from "zod";
import { RuleStrengthSchema } from "./rule-strength.js";

/**
 * Outcome of one admission rule for one project. `advice` (💡 建议) is guidance the project does not
 * (yet) follow: the clause encourages it (鼓励、引导、支持…), so it is never a breach.
 */
export const FindingStatusSchema = z.enum(["pass", "fail", "advice", "needs_info", "not_applicable"]);
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  clauseId: z.string(),
  /** Chinese display label of the clause, e.g. 三（三）. */
  label: z.string(),
  status: FindingStatusSchema,
  /** Chinese explanation of the verdict. */
  message: z.string(),
  /** Verbatim quote from the clause that the verdict rests on. */
  quote: z.string(),
  /** Short Chinese name of the rule (optional, for tables). */
  title: z.string().optional(),
  /** For needs_info: the question that would settle it. */
  question: z.string().optional(),
  /** For work under way, planned or promised before construction: what must be finished before construction starts. */
  todo: z.string().optional(),
  /** How binding the clause wording is (hard 严禁/须/应/依法, conditional 原则上, guidance 鼓励/引导/支持). */
  strength: RuleStrengthSchema.optional(),
  /** The word of the clause that decided the strength (依法、原则上、引导…). */
  marker: z.string().optional(),
  /** For a conditional requirement broken: the exception the wording leaves open. */
  exception: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const IncentiveSchema = z.object({
  clauseId: z.string(),
  label: z.string(),
  name: z.string(),
  quote: z.string(),
});
export type Incentive = z.infer<typeof IncentiveSchema>;

export const ClusterFitSchema = z.object({
  clauseId: z.string(),
  label: z.string(),
  name: z.string(),
  /** Whether the site is a zone the clause names. A report only names an arrangement the site fits (true); false/null are kept for older profiles and tools. */
  zoneFit: z.boolean().nullable(),
  zones: z.array(z.string()),
});
export type ClusterFit = z.infer<typeof ClusterFitSchema>;

/** The admission report (issue 5 item 7 JSON shape). `profile` is the project profile schema's output. */
export const AdmissionReportSchema = z.object({
  overall: z.enum(["compliant", "non_compliant", "needs_info"]),
  projectType: z.string(),
  profile: z.record(z.string(), z.unknown()),
  findings: z.array(FindingSchema),
  cluster: ClusterFitSchema.nullable(),
  incentives: z.array(IncentiveSchema),
  departments: z.object({
    lead: z.string().nullable(),
    all: z.array(z.object({ name: z.string(), implicit: z.boolean() })),
    /** Clauses the departments were read from, the deciding ones first (optional for older reports). */
    clauseIds: z.array(z.string()).optional(),
    /** What the departments are to this project, when not responsible for it (a project outside the province). */
    note: z.string().optional(),
  }),
  /** Chinese questions for every needs_info finding, most important first. */
  questions: z.array(z.string()),
  /** What must be done before construction starts (work stated as under way or planned). */
  beforeConstruction: z.array(z.string()).optional(),
  /** One-sentence Chinese verdict (optional). */
  summary: z.string().optional(),
  /** Document the rules were evaluated against (optional). */
  docId: z.string().optional(),
});
export type AdmissionReport = z.infer<typeof AdmissionReportSchema>;
