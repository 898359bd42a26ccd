import { aluminaBauxiteRule, aluminaDemonstrationRule, aluminaRedMudRule, aluminaSitePermitsRule } from "./alumina-rules.js";
import { clusterRule } from "./cluster-rule.js";
import { electrolyticCellRule, electrolyticQuotaRule } from "./electrolytic-rules.js";
import { assessmentsRule, energyEfficiencyRule } from "./green-rules.js";
import { miningRule } from "./mining-rule.js";
import { recycledSupplyRule, recycledZoneRule } from "./recycled-rules.js";
import type { AdmissionRule } from "./rule-types.js";
import { scopeRule } from "./scope-rule.js";

/** Every admission rule, in report order: the policy's territorial scope, then type-specific (primary) rules, then general ones. */
export function listRules(): AdmissionRule[] {
  return [
    scopeRule, clusterRule, miningRule, aluminaDemonstrationRule, aluminaBauxiteRule, aluminaSitePermitsRule, aluminaRedMudRule,
    electrolyticQuotaRule, electrolyticCellRule, recycledZoneRule, recycledSupplyRule,
    energyEfficiencyRule, assessmentsRule,
  ];
}
