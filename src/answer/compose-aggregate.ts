import type { Clause } from "../corpus/clause-schema.js";
import type { Concept } from "../lexicon/concept-schema.js";
import type { Citation } from "../reply/reply-schema.js";
import { ownForms } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { splitSentences } from "./split-sentences.js";

const PLACE_KINDS: ReadonlySet<string> = new Set(["place", "park"]);

export interface AggregateAnswer {
  answer: string;
  citations: Citation[];
}

/**
 * "清镇被安排了哪些方向", "道真有什么", "哪些条款跟人才有关": every clause that names the concept, each
 * with the sentences that name it — an aggregate across the document, not the single best clause.
 */
export function composeMentions(place: Concept, clauses: readonly Clause[], within: readonly Concept[] = []): AggregateAnswer | null {
  const forms = ownForms(place).filter((f) => f.length >= 2);
  const citations: Citation[] = [];
  const named: Citation[] = [];
  // "清镇被安排了哪些产业集群": only the clauses (title or text) about what was asked, when any of the
  // place's clauses is; otherwise every clause naming the place.
  const withinForms = within.map((c) => ownForms(c).filter((f) => f.length >= 2));
  const about = (c: Clause) => withinForms.some((fs) => fs.some((f) => foldText(`${c.title}|${c.text}`).includes(f)));
  const naming = clauses.filter((c) => forms.some((f) => foldText(c.text).includes(f)));
  const pool = withinForms.length && naming.some(about) ? naming.filter(about) : clauses;
  for (const clause of pool) {
    // Every sentence that names the place: a clause can assign it two things (二（三）: 陶粒 projects in
    // 务川—正安—道真, then 道真铝基新材料产业园 in its own sentence).
    // A sentence continued after a semicolon still speaks of the place: "以清镇经开区、兴仁经开区等为重点，…；
    // 围绕汽车整车制造配套…大力发展车身、发动机、传动系统、轮毂等汽车用铝型材" — the list it is given runs to the full stop.
    const pieces = splitSentences(clause.text);
    const sentences = pieces.filter((s, i) => {
      if (forms.some((f) => foldText(s).includes(f))) return true;
      for (let j = i - 1; j >= 0 && /[；;]\s*$/.test(pieces[j]!); j--) if (forms.some((f) => foldText(pieces[j]!).includes(f))) return true;
      return false;
    });
    const cited = sentences.map((s) => buildCitation(clause, s)).filter((c): c is Citation => c !== null);
    if (cited[0]) named.push(cited[0]);
    citations.push(...cited);
  }
  if (!citations.length) return null;
  const list = named.map((c) => `${c.label}「${c.title}」`).join("；");
  const lines = [`文件中${PLACE_KINDS.has(place.kind) ? "点名" : "提到"}${place.label}的共有 ${named.length} 处：${list}。`, "原文依据：", ...citations.map((c) => `「${c.quote}」${formatMarker(c.label)}`)];
  return { answer: lines.join("\n"), citations };
}

/** One side of a comparison: what it is called and the clause sentences that state it (in text order). */
export interface ComparisonSide {
  name: string;
  clause: Clause;
  sentences: readonly string[];
}

/**
 * "三（二）和三（三）有什么区别", "氧化铝和电解铝的要求有什么不同": each side quoted from its own clause,
 * side by side, every quote cited.
 */
export function composeComparison(sides: readonly ComparisonSide[], options: { departments?: boolean } = {}): AggregateAnswer | null {
  const cited = sides
    .map((side) => ({ side, citations: side.sentences.map((x) => buildCitation(side.clause, x)).filter((c): c is Citation => c !== null) }))
    .filter((x) => x.citations.length > 0);
  if (cited.length < 2) return null;
  const departments = (clause: Clause): string => {
    if (!options.departments) return "";
    const names = clause.departments.map((d) => d.name);
    return names.length ? `；责任部门：${names.join("、")}（列首位者为${names[0]}）` : "；该条未列责任部门";
  };
  const lines = [
    `对比${cited.map((x) => x.side.name).join("与")}：`,
    ...cited.map(({ side, citations }) => `· ${side.name}：${side.clause.label}「${side.clause.title}」——${citations.map((c) => `「${c.quote}」`).join("")}${formatMarker(side.clause.label)}${departments(side.clause)}`),
  ];
  if (new Set(cited.map((x) => x.side.clause.clauseId)).size === 1) lines.push("两者出自同一条款，上面分别是文件对它们的表述。");
  // Two sides quoting one sentence (5.4 names both processes' technologies in one) cite it once.
  const citations = [...new Map(cited.flatMap((x) => x.citations).map((c) => [`${c.clauseId}|${c.quote}`, c])).values()];
  return { answer: lines.join("\n"), citations };
}
