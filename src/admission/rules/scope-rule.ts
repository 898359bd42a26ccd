import { canonicalProvince } from "../province-index.js";
import type { AdmissionKnowledge } from "../admission-knowledge.js";
import { findPlace } from "../place-index.js";
import type { ProjectProfile } from "../profile-schema.js";
import type { AdmissionRule } from "./rule-types.js";

/** A profile given as a file may name a corpus zone or a gazetteer place but no province. */
function inferProvince(p: ProjectProfile, k: AdmissionKnowledge): string | null {
  const l = p.location;
  if (!l) return null;
  if (l.zone && k.zones.some((z) => z.name === l.zone || z.aliases.includes(l.zone!))) return k.province?.name ?? null;
  const named = [l.county, l.city].filter((x): x is string => Boolean(x));
  return named.some((n) => findPlace(n, k.places)) ? k.placesProvince : null;
}

/**
 * 通知及前言: the document is one province's policy (issuer read from the corpus). A project sited in
 * another province is outside its scope, so checking it clause by clause would mislead: the finding
 * fails and says so plainly. An unstated province is not asked about – the other rules already ask
 * for the site where it matters.
 */
export const scopeRule: AdmissionRule = {
  ruleId: "scope-province",
  clauseId: "0",
  title: "适用地域",
  anchor: "",
  resolveAnchor: (k) => k.province?.source ?? null,
  // Where the policy applies is not a matter of wording: outside its province it does not apply.
  strength: "hard",
  kind: "general",
  appliesTo: () => "yes",
  evaluate(p, { knowledge }) {
    const home = knowledge.province!.name;
    const stated = p.location?.province ?? inferProvince(p, knowledge);
    const province = stated ? (canonicalProvince(stated) ?? stated) : null;
    const meta = knowledge.documentTitle ? `《${knowledge.documentTitle}》` : "本文件";
    if (province === null) {
      return { status: "not_applicable", message: `未说明项目所在省份；${meta}是${home}省级政策，以下按${home}省内项目检查。` };
    }
    if (province === home) return { status: "pass", message: `项目位于${home}，属于${meta}的适用范围。` };
    const where = [province, p.location?.city].filter(Boolean).join("");
    return {
      status: "fail",
      message: `${meta}由${knowledge.province!.source}印发，是${home}省自己的政策，只适用于${home}省内的项目；项目位于${where}（${home}省外），不适用本文件，也不能据此享受文件中的支持政策。请查阅项目所在地（${province}）的相关政策；以下逐条结果仅供对照参考。`,
    };
  },
};
