import { loadCorpus } from "./dist/corpus/load-corpus.js";
import { createDefaultQueryAnalyzer } from "./dist/understanding/default-query-analyzer.js";
const c = loadCorpus("corpus");
const a = createDefaultQueryAnalyzer(c.clauses);
for (const q of process.argv.slice(2)) { const r=a.analyze(q); console.log(q, r.kind, r.questionType, r.concepts.map(m=>`${m.surface}→${m.concept.id}(${m.concept.kind}${r.specific.includes(m.concept)?"":",generic"})`).join(" "), "| exp:", r.expansions.slice(0,8).join(",")); }
