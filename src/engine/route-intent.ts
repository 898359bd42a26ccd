import { admissionVocabulary } from "../admission/admission-vocabulary.js";
import { intentPatterns as RE } from "../lexicon/data/intent-patterns.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Concept } from "../lexicon/concept-schema.js";
import { findClauseRefs } from "../corpus/resolve-clause-ref.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import { namesTargets } from "../understanding/target-concepts.js";
import type { EngineIntent } from "./engine.js";
import { detectDepartment } from "./detect-department.js";

const METADATA: ReadonlySet<string> = new Set(["issue-date", "document-number", "issuer", "recipients"]);

export type RoutedIntent =
  | { intent: "reset" | "help" | "ask" | "cancel-check" | "document" | "structure" }
  | { intent: "targets"; years?: number[] }
  | { intent: "check" }
  | { intent: "clause"; ref: string; full: boolean }
  | { intent: "clause-departments"; ref: string }
  | { intent: "department-duties"; department: string; part?: number; topics?: Concept[]; also?: string[] };


/** Commands that work whatever the conversation state (they are never the answer to a check question). */
export function routeCommand(text: string, explicit: EngineIntent | undefined): RoutedIntent | null {
  if (explicit === "reset" || RE.reset.test(text)) return { intent: "reset" };
  if (explicit === "help" || RE.help.test(text)) return { intent: "help" };
  if (explicit === "check") return { intent: "check" };
  if (explicit === "targets") return { intent: "targets" };
  if (explicit === "clause") return { intent: "clause", ref: text, full: true };
  if (RE.cancelCheck.test(text)) return { intent: "cancel-check" };
  return null;
}

// The admission checker's own project-type vocabulary: "新建电解铝，420kA" names a project without 项目/厂.
// Read on first use, not at import: the lexicon is loaded (through its cache) by the composition root.
let projectTypeTerms: readonly string[] | undefined;

/** True for a project description ("在兴仁经开区新建电解铝，350kA电解槽…"), not a question about the rules. */
export function looksLikeProject(text: string): boolean {
  const namesProject = RE.projectNoun.test(text) || (projectTypeTerms ??= admissionVocabulary().projectTypeSurfaces()).some((term) => text.includes(term));
  return RE.projectVerb.test(text) && namesProject && RE.projectContext.test(text) && !RE.notACheck.test(text);
}

/**
 * True for a message to check as a project: it describes one, and what it asks is about that project. A
 * long message whose asking sentences put a question of their own about the document ("……二十多亿的铝精深
 * 加工项目。想问问这种项目能不能列进省级重点项目名单？") asks that question: the project is background.
 * "这样行不行？", "这样算符合要求吗？" name nothing of their own and ask about the project described;
 * "能帮忙看下文件对这类项目是怎么要求的吗？" names nothing either but asks what the document requires.
 * A message asking for a figure the document does not state (an aspect topic: "园区工业用地多少钱一亩",
 * "清镇经开区去年产值多少") asks about that figure, however much of a project it describes around it.
 */
export function asksProjectCheck(analysis: QueryAnalysis): boolean {
  if (!looksLikeProject(analysis.text) || analysis.uncovered.some((c) => c.aspect)) return false;
  const ask = analysis.askText;
  if (!ask || !/[？?]/.test(ask) || looksLikeProject(ask)) return true;
  return analysis.askConcepts.length === 0 && !RE.asksDocumentRule.test(ask);
}

/**
 * The deterministic router for a standalone question: clause lookups, a clause's departments, a
 * department's duties, the targets list, project checks, and everything else as an ordinary question.
 */
export function routeQuestion(analysis: QueryAnalysis, clauses: readonly Clause[], explicit: EngineIntent | undefined): RoutedIntent {
  const text = analysis.text;
  if (explicit === "departments") {
    const dept = detectDepartment(text, clauses);
    if (dept) return { intent: "department-duties", department: dept };
    return { intent: "clause-departments", ref: refText(text) ?? text };
  }
  if (explicit === "ask") return { intent: "ask" };
  if (asksProjectCheck(analysis)) return { intent: "check" };
  const ref = refText(text);
  const type = analysis.questionType;
  // "三（二）和三（三）有什么区别" compares two clauses: the aggregate answer, not a look-up of the first.
  if (analysis.kind === "compare" && analysis.refs.length >= 2) return { intent: "ask" };
  // "发改委负责哪几条", "能源局管什么": a department and nothing else to ask about lists its clauses.
  const departments = analysis.specific.filter((c) => c.kind === "department");
  // What else is named narrows the duties (矿山, 技术攻关); the document's own words (部分, 条款) narrow nothing.
  const topics = analysis.specific.filter((c) => c.kind !== "department" && c.kind !== "document");
  const onlyDepartment = departments.length > 0 && topics.length === 0;
  // A department's phone number or office (uncovered) is not its duties: the scope decision refuses it.
  // "fgw在第三部分牵头的是哪几条", "工信厅在调结构那部分牵头哪几条": a whole part named (no clause of it)
  // narrows the duties to that part.
  const part = analysis.refs.length === 1 && analysis.refs[0]!.clause === null ? analysis.refs[0]!.part : undefined;
  const asksDuties = RE.departmentDuty.test(text) || (onlyDepartment && (!ref || part !== undefined) && (analysis.kind === "list" || /负责|牵头|管|参与|涉及|条款|哪几条|哪些条|哪一条|哪条|列为|责任单位/.test(text)));
  // "应急厅参与了哪些矿山和技术攻关的条款": one department's clauses on the things named.
  const asksDutiesOn = departments.length === 1 && topics.length > 0 && !ref && RE.dutyClauses.test(text);
  if ((asksDuties || asksDutiesOn) && analysis.uncovered.length === 0) {
    // "人行贵州省分行、贵州证监局在文件哪一条中列为责任单位": every department named is asked about, in text order.
    const several = onlyDepartment ? namedDepartments(departments, clauses) : [];
    const dept = (several.length >= 2 ? several[0] : null) ?? detectDepartment(text, clauses) ?? departments[0]?.terms[0] ?? null;
    const also = several.filter((d) => d !== dept);
    if (dept) return { intent: "department-duties", department: dept, ...(part !== undefined ? { part } : {}), ...(topics.length ? { topics } : {}), ...(also.length ? { also } : {}) };
  }
  if (ref) {
    if (type === "who") return { intent: "clause-departments", ref };
    // "三（三）讲了什么" or a bare reference; "三（四）的目标是多少" stays an ordinary question.
    if (type === "clause" || text.replace(ref, "").replace(/[？?。\s的呢]/g, "").length === 0) return { intent: "clause", ref, full: false };
  }
  // "文件分几个部分", "帮我总结一下这个文件的主要内容": the document as a whole, nothing else named — its parts.
  // The structure words are ordinary words too (主要内容, summary): the question must name the document or
  // be that short — "帮我写个周报，主要内容是……" asks for a report of its own.
  const namesDocument = analysis.specific.some((c) => c.whole) || /文件|政策|意见|文本|document|policy|guidance/i.test(text) || text.replace(/[\s？?。！!]/g, "").length <= 10;
  const aboutStructure = namesDocument && analysis.specific.some((c) => c.id === "document-structure") && analysis.specific.every((c) => c.kind === "document");
  if (aboutStructure && !ref && analysis.uncovered.length === 0) return { intent: "structure" };
  if (RE.targets.test(text)) return { intent: "targets" };
  // "2027年的目标都有哪些": a list of targets for a year, not one target of one topic.
  const aboutTargetsOnly = analysis.specific.every((c) => c.kind === "metric" || c.kind === "document" || namesTargets(c));
  const hasTargets = clauses.some((c) => c.targets.some((t) => analysis.years.includes(t.year)));
  if (analysis.kind === "list" && !ref && hasTargets && aboutTargetsOnly && /目标|指标|target/i.test(text)) {
    return { intent: "targets", years: analysis.years };
  }
  // The document answer states issuer, number and date: the lexicon's concepts for exactly those.
  const aboutDocument = analysis.specific.some((c) => METADATA.has(c.id)) && analysis.specific.every((c) => c.kind === "document" || c.kind === "department");
  // "有效期到哪一年" names the document but asks what it does not state: the scope decision takes it.
  if ((RE.documentMeta.test(text) || (aboutDocument && !ref)) && analysis.uncovered.length === 0) return { intent: "document" };
  return { intent: "ask" };
}

/** The corpus names of the department concepts named, in order, each once. */
function namedDepartments(departments: readonly Concept[], clauses: readonly Clause[]): string[] {
  const names = departments.map((c) => c.terms.map((t) => detectDepartment(t, clauses)).find((n) => n !== null) ?? null);
  return [...new Set(names.filter((n): n is string => n !== null))];
}

/** The clause reference as written in the text ("三（三）", "3.3", "第五部分第二条"), if any. */
function refText(text: string): string | null {
  const refs = findClauseRefs(text);
  const first = refs[0];
  if (!first) return null;
  return first.clause === null ? `第${first.part}部分` : `${first.part}.${first.clause}`;
}
