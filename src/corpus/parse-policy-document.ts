import { createHash } from "node:crypto";
import type { Clause, Department, PolicyDocument } from "./clause-schema.js";
import { formatChineseNumeral, parseChineseNumeral } from "./chinese-numerals.js";
import { extractTargets } from "./extract-targets.js";
import { findTrailingParenthesis } from "./find-trailing-parenthesis.js";
import { joinLines, normalizeClauseText } from "./normalize-text.js";
import { parseHeader } from "./parse-header.js";
import { looksLikeDepartmentList, splitDepartments } from "./split-departments.js";

const PART_HEADING_RE = /^([一二三四五六七八九十]{1,3})、(.+)$/;
const CLAUSE_START_RE = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
const SENTENCE_END_RE = /[。：:！？；;）)”]$/;

interface RawPart {
  number: number;
  title: string;
  introLines: string[];
  clauses: { number: number; lines: string[] }[];
}

/**
 * Parses a Chinese policy document of the common shape: notice header and preamble, parts 一、…,
 * clauses （一）… each ending with a parenthesised list of responsible departments. Headings are
 * recognised by shape and by numbering sequence (二、 only after 一、), so a stray "二、" inside a
 * wrapped sentence is not taken for a heading.
 */
export function parsePolicyDocument(docId: string, source: string): PolicyDocument {
  const contentHash = createHash("sha256").update(source).digest("hex");
  const lines = source
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

  const headerLines: string[] = [];
  const parts: RawPart[] = [];
  for (const line of lines) {
    const current = parts[parts.length - 1];
    const heading = readPartHeading(line, parts.length + 1);
    if (heading) {
      parts.push({ number: parts.length + 1, title: heading, introLines: [], clauses: [] });
      continue;
    }
    if (!current) {
      headerLines.push(line);
      continue;
    }
    const clauseNo = readClauseStart(line, current.clauses.length + 1);
    if (clauseNo !== null) {
      current.clauses.push({ number: clauseNo, lines: [line.replace(CLAUSE_START_RE, "")] });
      continue;
    }
    const openClause = current.clauses[current.clauses.length - 1];
    if (openClause) openClause.lines.push(line);
    else current.introLines.push(line);
  }

  const headerParagraphs = toParagraphs(headerLines);
  const meta = parseHeader(docId, headerParagraphs);
  const clauses: Clause[] = [];
  clauses.push({
    docId,
    clauseId: "0",
    label: "通知及前言",
    partTitle: "",
    title: meta.title,
    text: headerParagraphs
      .map(normalizeClauseText)
      .map((p) => (SENTENCE_END_RE.test(p) || /^（.*）$/.test(p) ? p : `${p}。`))
      .join(""),
    departments: [],
    targets: [],
  });

  let carried: { name: string; declaredIn: string }[] = [];
  for (const part of parts) {
    const partTitle = normalizeClauseText(part.title);
    if (part.introLines.length > 0) {
      const intro = buildBody(joinLines(part.introLines));
      clauses.push({
        docId,
        clauseId: String(part.number),
        label: `第${formatChineseNumeral(part.number)}部分`,
        partTitle,
        title: partTitle,
        text: intro.text,
        departments: [],
        targets: extractTargets(intro.text),
      });
    }
    for (const clause of part.clauses) {
      const body = buildBody(joinLines(clause.lines));
      const { title, text } = splitTitle(body.text);
      const label = `${formatChineseNumeral(part.number)}（${formatChineseNumeral(clause.number)}）`;
      const departments: Department[] = body.departments.names.map((name) => ({ name, implicit: false }));
      if (departments.length > 0) {
        for (const { name, declaredIn } of carried) {
          if (!departments.some((d) => d.name === name)) departments.push({ name, implicit: true, declaredIn });
        }
      }
      for (const name of body.departments.carryForward) {
        if (!carried.some((c) => c.name === name)) carried.push({ name, declaredIn: label });
      }
      clauses.push({
        docId,
        clauseId: `${part.number}.${clause.number}`,
        label,
        partTitle,
        title,
        text,
        departments,
        targets: extractTargets(body.text),
      });
    }
  }
  return { meta, clauses, contentHash };
}

function readPartHeading(line: string, expected: number): string | null {
  const m = line.match(PART_HEADING_RE);
  if (!m) return null;
  const title = m[2]!.trim();
  if (title.length > 40 || /[。，,；;]/.test(title)) return null;
  return parseChineseNumeral(m[1]!) === expected ? title : null;
}

function readClauseStart(line: string, expected: number): number | null {
  const m = line.match(CLAUSE_START_RE);
  if (!m) return null;
  return parseChineseNumeral(m[1]!) === expected ? expected : null;
}

/** Rebuilds paragraphs in the header: a line that ends a sentence, or is short, closes one. */
function toParagraphs(lines: readonly string[]): string[] {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let current: string[] = [];
  // Running bracket balance (counted per line, so long headers stay linear).
  let depth = 0;
  for (const line of lines) {
    current.push(line);
    depth += countOf(line, /[《（(]/g) - countOf(line, /[》）)]/g);
    // A title wrapped inside 《…》 or （…） continues on the next line however short this one is;
    // a stray closing bracket must not keep the paragraph open forever, hence the floor at 0.
    if (depth < 0) depth = 0;
    if (depth === 0 && (SENTENCE_END_RE.test(line) || line.length < width * 0.8)) {
      paragraphs.push(joinLines(current));
      current = [];
    }
  }
  if (current.length) paragraphs.push(joinLines(current));
  return paragraphs;
}

function countOf(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

function buildBody(raw: string): { text: string; departments: { names: string[]; carryForward: string[] } } {
  const normalized = normalizeClauseText(raw);
  const trailing = findTrailingParenthesis(normalized);
  if (trailing && looksLikeDepartmentList(trailing.inner)) {
    return { text: trailing.body, departments: splitDepartments(trailing.inner) };
  }
  return { text: normalized, departments: { names: [], carryForward: [] } };
}

/** "合理控制电解铝产能。严格执行……" → title + body; a clause without a short lead phrase keeps it all. */
function splitTitle(text: string): { title: string; text: string } {
  const end = text.indexOf("。");
  if (end > 0 && end <= 40) return { title: text.slice(0, end), text: text.slice(end + 1) };
  return { title: "", text };
}
