import { sentenceNaming } from "../locate-quote.js";
import { judgeZoneFit, listZoneNames } from "../judge-zone-fit.js";
import { matchCluster } from "../match-cluster.js";
import { typeIn } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";

/**
 * 二（一）–二（三）: which cluster the products belong to and whether the site is one of the zones
 * that cluster clause names. Clusters and zones are read from the corpus; being outside the named
 * key zones is not a prohibition, so it never fails – it only changes the zone-fit flag.
 */
export const clusterRule: AdmissionRule = {
  ruleId: "2-cluster-fit",
  clauseId: "2",
  title: "产业集群与重点园区",
  anchor: "培育铝精深加工产业集群",
  kind: "primary",
  appliesTo: (p) => typeIn(p, "铝精深加工", "铝基非金属材料"),
  evaluate(p, { knowledge }) {
    const cluster = matchCluster(p, knowledge);
    if (!cluster) {
      return {
        status: "needs_info", message: "不清楚项目的主要产品，无法对应到文件培育的产业集群。", facts: ["products"],
        advice: `${p.products?.length ? `产品（${p.products.join("、")}）未对应到文件点名的产品` : "描述未说明主要产品"}；文件按产品培育${knowledge.clusters.map((c) => c.name).join("、")}，说明产品后可对应到集群及其重点园区。`,
        question: `按〔第二部分〕，文件按产品培育${knowledge.clusters.map((c) => c.name).join("、")}：项目的主要产品是什么（如铝箔、轮毂、陶粒）？`,
      };
    }
    const zones = cluster.zones;
    const fit = judgeZoneFit(p.location, zones, knowledge);
    // Quote the sentence that names the site's zone, else the one naming the product.
    const product = (p.products ?? []).find((x) => cluster.clause.text.includes(x));
    const quote = sentenceNaming(cluster.clause, fit.zone ?? product ?? zones[0]?.name ?? cluster.name);
    const base = { clause: cluster.clause, quote };
    if (fit.fit === true) {
      return { ...base, status: "pass", message: `产品属于${cluster.name}，项目位于该集群的重点园区${fit.zone ? `（${fit.zone}）` : ""}。` };
    }
    if (fit.fit === false) {
      return { ...base, status: "pass", message: `产品属于${cluster.name}；所在地不在该集群点名的重点园区（${listZoneNames(zones)}），不构成禁止，但享受集群配套和重点园区支持会弱一些。` };
    }
    return {
      ...base, status: "needs_info", message: `产品属于${cluster.name}，但不清楚项目建在哪里。`, facts: ["location"],
      advice: `产品属于${cluster.name}；描述未说明具体园区，建议选址于该集群的重点园区（${listZoneNames(zones)}）。`,
      question: `按〔${cluster.clause.label}〕，${cluster.name}以${listZoneNames(zones)}等为重点：项目具体建在哪个市县、哪个开发区？`,
    };
  },
};
