import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Retriever } from "../retrieval/retriever.js";
import { createCheckProjectTool } from "./check-project-tool.js";
import { createFindDepartmentsTool } from "./find-departments-tool.js";
import { createGetClauseTool } from "./get-clause-tool.js";
import { createListTargetsTool } from "./list-targets-tool.js";
import { createSearchClausesTool } from "./search-clauses-tool.js";

export interface PolicyToolDeps {
  clauses: readonly Clause[];
  retriever: Retriever;
  knowledge: AdmissionKnowledge;
  extractor: ProfileExtractor;
  departmentAliases: Readonly<Record<string, string>>;
}

/** The five tools the LLM agent (createAgent) is given; the offline router calls the same functions. */
export function createPolicyTools(deps: PolicyToolDeps) {
  return [
    createSearchClausesTool(deps.retriever),
    createGetClauseTool(deps.clauses),
    createCheckProjectTool({ knowledge: deps.knowledge, extractor: deps.extractor }),
    createFindDepartmentsTool(deps.clauses, deps.departmentAliases),
    createListTargetsTool(deps.clauses),
  ];
}
