import type { Clause } from "../corpus/clause-schema.js";
import { statedLead } from "../corpus/stated-lead.js";
import type { Corpus } from "../corpus/load-corpus.js";
import { extractZoneNames, type ZoneName } from "./extract-zone-names.js";
import { deriveHomeProvince, type HomeProvince } from "./derive-home-province.js";
import { buildPlaceIndex, findPlace, GAZETTEER_PROVINCE, type PlaceAlias } from "./place-index.js";
import { buildProvinceIndex, type ProvinceAlias } from "./province-index.js";
import { readRuleStrength, type StrengthReading } from "./rule-strength.js";

/** An industrial cluster clause (二（一）…): its name and the zones it names, all read from the corpus. */
export interface ClusterInfo {
  clause: Clause;
  name: string;
  zones: ZoneName[];
}

/** Everything the admission check derives from the parsed corpus, computed once per corpus. */
export interface AdmissionKnowledge {
  docId: string;
  /** Title of the policy document, as parsed (quoted in messages). */
  documentTitle: string | null;
  clauses: Clause[];
  clause(clauseId: string): Clause | undefined;
  /** Every zone named anywhere in the document, first-seen order. */
  zones: ZoneName[];
  zonesOf(clauseId: string): ZoneName[];
  clusters: ClusterInfo[];
  places: PlaceAlias[];
  /** Province of the city/county gazetteer (src/lexicon/data/divisions.ts): its places lie in that province. */
  placesProvince: string | null;
  /** The province the policy applies to, read from the corpus (issuer / header), or null. */
  province: HomeProvince | null;
  /** Province and prefecture-city names of the whole country (divisions.ts), for out-of-province sites. */
  provinceIndex: ProvinceAlias[];
  /** City of a zone, when its place core is a known city/county. */
  cityOfZone(zone: ZoneName): string | null;
  /** Strength of the wording `basis` in a clause (memoized: read once per corpus), null when absent. */
  wording(clauseId: string, basis: string): StrengthReading | null;
  /**
   * The department the document names as coordinating its implementation ("省工业和信息化厅牵头会同
   * 省有关部门", 六（一）), with its clause; null when no clause says who leads.
   */
  coordinator: { clause: Clause; name: string } | null;
}

/** The clause that says who leads ("X牵头会同…") and X, when X is one of that clause's own departments. */
function findCoordinator(clauses: readonly Clause[]): AdmissionKnowledge["coordinator"] {
  for (const clause of clauses) {
    const lead = statedLead(clause);
    if (lead) return { clause, name: lead.name };
  }
  return null;
}

const CLUSTER_TITLE_RE = /产业集群$/;
const CLUSTER_VERB_RE = /^(?:培育|打造|建设|发展|壮大)+/;

/** Builds the knowledge from the first document of the corpus (the policy being checked against). */
export function buildAdmissionKnowledge(corpus: Corpus, docId?: string): AdmissionKnowledge {
  const id = docId ?? corpus.documents[0]?.meta.docId ?? "";
  const clauses = corpus.clauses.filter((c) => c.docId === id);
  const byId = new Map(clauses.map((c) => [c.clauseId, c]));
  const zoneCache = new Map<string, ZoneName[]>();
  const zonesOf = (clauseId: string): ZoneName[] => {
    let z = zoneCache.get(clauseId);
    if (!z) {
      z = extractZoneNames(byId.get(clauseId)?.text ?? "");
      zoneCache.set(clauseId, z);
    }
    return z;
  };
  const zones = new Map<string, ZoneName>();
  for (const c of clauses) for (const z of zonesOf(c.clauseId)) if (!zones.has(z.name)) zones.set(z.name, z);

  const clusters: ClusterInfo[] = clauses
    .filter((c) => c.clauseId.includes(".") && CLUSTER_TITLE_RE.test(c.title))
    .map((c) => ({ clause: c, name: c.title.replace(CLUSTER_VERB_RE, ""), zones: zonesOf(c.clauseId) }));

  const places = buildPlaceIndex();
  const wordingCache = new Map<string, StrengthReading | null>();
  const meta = corpus.documents.find((d) => d.meta.docId === id)?.meta;
  return {
    docId: id,
    documentTitle: meta?.title || null,
    clauses,
    clause: (clauseId) => byId.get(clauseId),
    zones: [...zones.values()],
    zonesOf,
    clusters,
    places,
    placesProvince: GAZETTEER_PROVINCE,
    province: deriveHomeProvince(meta?.issuer ?? null, byId.get("0")),
    provinceIndex: buildProvinceIndex(),
    wording(clauseId, basis) {
      const key = `${clauseId}\u0000${basis}`;
      if (!wordingCache.has(key)) {
        const clause = byId.get(clauseId);
        wordingCache.set(key, clause ? readRuleStrength(clause, basis) : null);
      }
      return wordingCache.get(key) ?? null;
    },
    coordinator: findCoordinator(clauses),
    cityOfZone(zone) {
      for (const alias of zone.aliases) {
        const p = findPlace(alias, places);
        if (p) return p.city;
      }
      return null;
    },
  };
}
