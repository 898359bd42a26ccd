import type { Clause } from "../corpus/clause-schema.js";
import { resolveClauseRef } from "../corpus/resolve-clause-ref.js";
import { CliUsageError } from "./cli-usage-error.js";

/** Resolves a clause reference or throws a Chinese usage error that suggests the nearest clauses. */
export function resolveOrThrow(ref: string, clauses: readonly Clause[]): Clause {
  const result = resolveClauseRef(ref, clauses);
  if (result.ok) return result.clause;
  const hint = result.suggestions.length
    ? `\n您是不是要找：${result.suggestions.map((c) => `${c.label}（${c.clauseId}，${c.title}）`).join("；")}`
    : "";
  throw new CliUsageError(`${result.message}${hint}\n运行 alubot clauses 查看全部条款。`);
}
