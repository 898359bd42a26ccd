import type { AdmissionKnowledge, ClusterInfo } from "./admission-knowledge.js";
import { judgeZoneFit } from "./judge-zone-fit.js";
import type { ProjectProfile } from "./profile-schema.js";

/**
 * The cluster clause a project belongs to: the one whose text names the most of its products
 * (longer product words weigh more, repeated mentions break ties); a cluster named after the project type (铝基非金属材料) when no
 * product matches; on a tie, the one whose zones include the project's location.
 */
export function matchCluster(p: ProjectProfile, k: AdmissionKnowledge): ClusterInfo | null {
  const products = p.products ?? [];
  let best: { c: ClusterInfo; score: number } | null = null;
  for (const c of k.clusters) {
    let score = 0;
    for (const product of products) {
      if (!c.clause.text.includes(product)) continue;
      // Each distinct product counts by its length; repeated mentions only break ties.
      score += product.length + 0.01 * (c.clause.text.split(product).length - 1);
    }
    if (score === 0 && p.projectType && c.name.includes(p.projectType)) score = 0.5;
    if (score === 0) continue;
    if (judgeZoneFit(p.location, c.zones, k).fit === true) score += 0.25;
    if (!best || score > best.score) best = { c, score };
  }
  return best?.c ?? null;
}
