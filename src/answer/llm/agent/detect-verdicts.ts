import type { AdmissionReport } from "../../../admission/report-schema.js";

export type Verdict = AdmissionReport["overall"];

/** Who a verdict is about: this project, not "符合条件的企业" in general. */
const SUBJECT = "(?:该|此|这个|这一|本|您的?|你的?|贵司的?|你们的?|上述|拟建的?)项目";
const NEAR = "[^。；，,;！!？?\\n]{0,12}";

const PATTERNS: { verdict: Verdict; re: RegExp }[] = [
  {
    verdict: "non_compliant",
    re: new RegExp(
      `${SUBJECT}${NEAR}(?:不符合|不满足|未满足|未达到|达不到|不合规)|${SUBJECT}${NEAR}不(?:能|可以|可|得|允许|予)(?:建设|新建|上马|落地|准入|审批)|不予准入|准入(?:检查)?(?:结论|结果)${NEAR}(?:不符合|不合规|未通过)|non[-_ ]?compliant`,
      "i",
    ),
  },
  {
    verdict: "needs_info",
    re: new RegExp(`信息不足|(?:暂时?|目前|尚)?无法(?:给出|作出|做出|判断|确定)${NEAR}(?:结论|是否符合|是否满足|是否合规)|${SUBJECT}${NEAR}需(?:要)?(?:先)?补充|needs[_ ]info`, "i"),
  },
  {
    verdict: "compliant",
    re: new RegExp(
      `${SUBJECT}${NEAR}(?<![不未])(?:符合|满足|合规)|${SUBJECT}${NEAR}(?<![不未])(?:可以|能够?|可)(?:建设|新建|上马|落地|准入)|准入(?:检查)?(?:结论|结果)${NEAR}(?<![不未])(?:符合|合规|通过)|未发现${NEAR}(?:不符|问题)|(?<!non[-_ ]?)\\bcompliant\\b`,
      "i",
    ),
  },
];

/**
 * The admission verdicts a reply states about the user's project. Only the rule engine decides them
 * (check_project); the verifier compares what the agent says with the report. Deliberately
 * conservative: a sentence like "该项目符合集群布局，但不满足…" states "compliant" about the project
 * and fails against a non_compliant report — the reply then falls back rather than risk a mixed message.
 */
export function detectVerdicts(text: string): Set<Verdict> {
  const found = new Set<Verdict>();
  for (const p of PATTERNS) if (p.re.test(text)) found.add(p.verdict);
  return found;
}
