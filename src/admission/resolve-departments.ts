import type { Clause } from "../corpus/clause-schema.js";
import type { AdmissionReport } from "./report-schema.js";

/**
 * Union of the departments of the clauses a verdict rests on, in order: the deciding clause first
 * (its first-listed department is the lead by the document's convention), then the others. A name
 * is implicit only when every clause carries it implicitly (各市县人民政府 via 不再列出).
 */
export function resolveDepartments(clauses: readonly Clause[]): AdmissionReport["departments"] {
  const all: { name: string; implicit: boolean }[] = [];
  for (const clause of clauses) {
    for (const d of clause.departments) {
      const seen = all.find((x) => x.name === d.name);
      if (!seen) all.push({ name: d.name, implicit: d.implicit });
      else if (!d.implicit) seen.implicit = false;
    }
  }
  const explicit = all.filter((d) => !d.implicit);
  const withDepartments = clauses.filter((c) => c.departments.length);
  return {
    lead: withDepartments[0]?.departments.find((d) => !d.implicit)?.name ?? explicit[0]?.name ?? null,
    all: [...explicit, ...all.filter((d) => d.implicit)],
    clauseIds: withDepartments.map((c) => c.clauseId),
  };
}
