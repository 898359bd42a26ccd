import { aluminaBauxiteRule, aluminaDemonstrationRule, aluminaRedMudRule } from "./alumina-rules.js";
import { clusterRule } from "./cluster-rule.js";
import { electrolyticCellRule, electrolyticQuotaRule } from "./electrolytic-rules.js";
import { assessmentsRule, energyEfficiencyRule } from "./green-rules.js";
import { miningRule } from "./mining-rule.js";
import { recycledSupplyRule, recycledZoneRule } from "./recycled-rules.js";
import type { AdmissionRule } from "./rule-types.js";

/** Every admission rule, in report order: type-specific (primary) rules first, then general ones. */
export function listRules(): AdmissionRule[] {
  return [
    clusterRule, miningRule, aluminaDemonstrationRule, aluminaBauxiteRule, aluminaRedMudRule,
    electrolyticQuotaRule, electrolyticCellRule, recycledZoneRule, recycledSupplyRule,
    energyEfficiencyRule, assessmentsRule,
  ];
}
