import type { Clause } from "../corpus/clause-schema.js";
import { statedLead } from "../corpus/stated-lead.js";
import type { RetrievalHit } from "../retrieval/retriever.js";
import type { Citation, ReplyDepartment } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { listReplyDepartments, pickTopicSentence } from "./list-reply-departments.js";
import { overlapScore } from "./question-terms.js";
import { splitSentences } from "./split-sentences.js";
import { foldText } from "../text/fold-text.js";

/** A department the question names ("是工信厅牵头还是发改委牵头"): its label and folded forms. */
export interface AskedDepartment {
  label: string;
  forms: readonly string[];
}

export interface WhoAnswer {
  direct: string;
  citations: Citation[];
  departments: ReplyDepartment[];
  clause: Clause;
}

/**
 * "谁牵头/哪些部门": the responsibility list of the best clause that has one. The document never
 * says 牵头; the body listed first is presented as 列首位 (by convention the lead), not as a fact.
 */
export function composeWhoAnswer(
  terms: readonly string[],
  hits: readonly RetrievalHit[],
  conceptForms: readonly (readonly string[])[] = [],
  askedDepartments: readonly AskedDepartment[] = [],
): WhoAnswer | null {
  const withDepartments = hits
    .map((hit, rank) => ({ hit, rank }))
    .filter(({ hit }) => hit.clause.departments.some((d) => !d.implicit));
  if (withDepartments.length === 0) return null;
  // Retrieval order first; topic overlap with the clause decides between near neighbours — in the
  // question's words and in the document's words for the concepts it names ("red mud R&D" states no
  // Chinese word, but 赤泥 and 研发 are what 五（二）「加强技术研发攻关」 is about). The title counts twice:
  // it names what the clause is about.
  // "意见落实由哪个部门牵头": no topic named, so who leads the whole policy is asked — the retriever ranked
  // the clause that states a lead (六（一）「省工业和信息化厅牵头会同…」) first; words like 落实 that other
  // clauses share must not outvote it.
  const overall = conceptForms.length === 0 && askedDepartments.length === 0 && statedLead(withDepartments[0]!.hit.clause) ? withDepartments[0]!.hit.clause : null;
  const best = overall ? { clause: overall } : withDepartments
    .map(({ hit, rank }) => {
      const body = `${hit.clause.title}${hit.clause.text}`;
      const words = overlapScore(terms, body) + overlapScore(terms, hit.clause.title);
      const concepts = conceptShare(conceptForms, body) + conceptShare(conceptForms, hit.clause.title);
      return { clause: hit.clause, score: words + concepts - rank * 0.08 };
    })
    .sort((a, b) => b.score - a.score)[0]!;
  const clause = best.clause;
  const departments = listReplyDepartments(clause);
  const lead = departments.find((d) => d.role === "lead")!;
  const others = departments.filter((d) => d.role === "participant").map((d) => d.name);
  const implicit = departments.filter((d) => d.role === "implicit");
  // Where the text itself names the lead ("省工业和信息化厅牵头会同…"), say so and quote it.
  const stated = statedLead(clause);
  let direct = askedDepartments.length ? namedVerdict(askedDepartments, departments) : "";
  direct += stated
    ? `${clause.label}「${clause.title}」写明由${stated.name}牵头；列出的责任部门首位是${lead.name}`
    : `${clause.label}「${clause.title}」的责任部门中，列首位的是${lead.name}（文件未写“牵头”二字，按惯例列首位者通常为牵头部门）`;
  if (others.length) direct += `，其他责任部门：${others.join("、")}`;
  for (const d of implicit) {
    const declared = clause.departments.find((x) => x.name === d.name)?.declaredIn;
    direct += `；另需${d.name}落实（文件在${declared ?? "前文"}统一说明）`;
  }
  direct += `${formatMarker(clause.label)}。`;
  const quote = stated
    ? (splitSentences(clause.text).find((x) => x.includes(`${stated.name}牵头`)) ?? null)
    : pickTopicSentence(clause, terms);
  const citation = quote ? buildCitation(clause, quote) : null;
  return { direct, citations: citation ? [citation] : [], departments, clause };
}

/** Share (0..1) of the question's concepts that `text` states in one of their folded forms. */
function conceptShare(conceptForms: readonly (readonly string[])[], text: string): number {
  if (conceptForms.length === 0) return 0;
  const folded = foldText(text);
  return conceptForms.filter((forms) => forms.some((f) => folded.includes(f))).length / conceptForms.length;
}

/**
 * "是工信厅牵头还是发改委牵头？省国资委也参与吗": the question offers departments, so the answer opens with
 * where each stands in the clause's list — first (by convention the lead), listed, or not listed.
 */
function namedVerdict(asked: readonly AskedDepartment[], departments: readonly ReplyDepartment[]): string {
  const parts = asked.map((a) => {
    const d = departments.find((x) => a.forms.some((f) => foldText(x.name).includes(f)));
    if (!d) return `${a.label}不在本条列出的责任部门中`;
    if (d.role === "lead") return `${d.name}列首位（通常为牵头部门）`;
    if (d.role === "implicit") return `${d.name}按统一说明需落实本条`;
    return `${d.name}在本条责任部门之列（不列首位）`;
  });
  return `就您问到的部门：${parts.join("；")}。`;
}
