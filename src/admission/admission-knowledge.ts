import type { Clause } from "../corpus/clause-schema.js";
import type { Corpus } from "../corpus/load-corpus.js";
import { extractZoneNames, type ZoneName } from "./extract-zone-names.js";
import { buildPlaceIndex, findPlace, type PlaceAlias } from "./place-index.js";

/** An industrial cluster clause (二（一）…): its name and the zones it names, all read from the corpus. */
export interface ClusterInfo {
  clause: Clause;
  name: string;
  zones: ZoneName[];
}

/** Everything the admission check derives from the parsed corpus, computed once per corpus. */
export interface AdmissionKnowledge {
  docId: string;
  clauses: Clause[];
  clause(clauseId: string): Clause | undefined;
  /** Every zone named anywhere in the document, first-seen order. */
  zones: ZoneName[];
  zonesOf(clauseId: string): ZoneName[];
  clusters: ClusterInfo[];
  places: PlaceAlias[];
  /** City of a zone, when its place core is a known city/county. */
  cityOfZone(zone: ZoneName): string | null;
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
  return {
    docId: id,
    clauses,
    clause: (clauseId) => byId.get(clauseId),
    zones: [...zones.values()],
    zonesOf,
    clusters,
    places,
    cityOfZone(zone) {
      for (const alias of zone.aliases) {
        const p = findPlace(alias, places);
        if (p) return p.city;
      }
      return null;
    },
  };
}
