import type { Clause } from "../../corpus/clause-schema.js";
import { foldText } from "../../text/fold-text.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import { asksForFigure } from "../analysis/figure-question.js";
import type { ComponentRetriever } from "../ranked-list.js";
import { createBm25Index } from "./bm25-index.js";
import { buildQueryBag } from "./build-query-bag.js";

/**
 * For questions that ask for a figure, ranks clauses by how well the question matches one of the
 * quantitative targets the parser extracted (metric text), so "废铝占比要到多少" finds the part
 * introduction that states the 2027 targets rather than the clause that is merely about 再生铝.
 * Silent (empty ranking) for every other question.
 */
export function createTargetRetriever(clauses: readonly Clause[], analyzer: Analyzer): ComponentRetriever {
  const owners: number[] = [];
  const docs = clauses.flatMap((c, ci) =>
    c.targets.map((t) => {
      owners.push(ci);
      return [{ tokens: analyzer.tokens(`${t.metric} ${t.valueText}${t.unit === "%" ? "" : t.unit}`), weight: 1 }];
    }),
  );
  const index = createBm25Index(docs);
  return {
    name: "target",
    async rank(query, limit, hints) {
      if (!docs.length || !asksForFigure(foldText(query))) return [];
      const best = new Map<number, number>();
      for (const [ti, score] of index.search(buildQueryBag(analyzer, query, true, hints?.expansions))) {
        const ci = owners[ti]!;
        if (!best.has(ci)) best.set(ci, score);
      }
      return [...best].slice(0, limit).map(([index, score]) => ({ index, score }));
    },
  };
}
