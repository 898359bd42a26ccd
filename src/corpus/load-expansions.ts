import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusError } from "./corpus-error.js";
import {
  type ClauseExpansion,
  type ExpansionFile,
  ExpansionFileSchema,
  expansionFileName,
} from "./expansion-schema.js";
import { clauseKey, documentIdOf, isDocumentFileName } from "./load-corpus.js";
import { parsePolicyDocument } from "./parse-policy-document.js";

/**
 * Reads the reviewed clause expansions (`<docId>.expansions.json`) beside each corpus document.
 *
 * - A document without an expansions file contributes nothing (expansions are optional data).
 * - A malformed file (bad JSON, schema violation, another document's docId) throws a CorpusError
 *   naming the file: expansions are hand-edited data, and silently ignoring a typo would silently
 *   weaken retrieval.
 * - A clause id the document does not have throws: the clause ids are learnt by parsing the document
 *   itself, so the parser stays the only authority on which clauses exist.
 * - When `contentHashes` (docId → sha256 of the document) is given and the file records a different
 *   `contentHash`, the file was written for another version of the document and is skipped as stale:
 *   its questions may describe text that no longer exists, or that now sits under another id.
 *
 * Keys of the result are `docId#clauseId`, as `clauseKey` builds them.
 */
export function loadExpansions(
  corpusDir: string,
  docIds: string[],
  contentHashes?: Map<string, string>,
  /** Clause ids of documents already parsed (loadCorpus passes them, so nothing is parsed twice). */
  parsedClauseIds?: Map<string, readonly string[]>,
): Map<string, ClauseExpansion> {
  const out = new Map<string, ClauseExpansion>();
  for (const docId of docIds) {
    const path = join(corpusDir, expansionFileName(docId));
    const raw = readIfPresent(path);
    if (raw === undefined) continue;
    const file = parseExpansionFile(raw, path);
    if (file.docId !== docId) {
      throw new CorpusError(`扩展问法文件 ${path} 的 docId 是“${file.docId}”，但它放在文档“${docId}”旁边`);
    }
    const expected = contentHashes?.get(docId);
    if (expected !== undefined && file.contentHash !== undefined && file.contentHash !== expected) continue;

    const known = new Set(parsedClauseIds?.get(docId) ?? readDocumentClauseIds(corpusDir, docId, path));
    const unknown = Object.keys(file.clauses).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new CorpusError(
        `扩展问法文件 ${path} 中的条款 ${unknown.join("、")} 在文档“${docId}”中不存在（现有条款：${[...known].join("、")}）`,
      );
    }
    for (const [clauseId, expansion] of Object.entries(file.clauses)) {
      out.set(clauseKey({ docId, clauseId }), expansion);
    }
  }
  return out;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CorpusError(`无法读取扩展问法文件：${path}`, { cause: err });
  }
}

function parseExpansionFile(raw: string, path: string): ExpansionFile {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch (err) {
    throw new CorpusError(`扩展问法文件不是有效的 JSON：${path}（${(err as Error).message}）`, { cause: err });
  }
  const parsed = ExpansionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join(".") || "（根）"}：${i.message}`)
      .join("；");
    const more = parsed.error.issues.length > 5 ? `；另有 ${parsed.error.issues.length - 5} 处` : "";
    throw new CorpusError(`扩展问法文件格式有误：${path}：${issues}${more}`);
  }
  return parsed.data;
}

function readDocumentClauseIds(corpusDir: string, docId: string, expansionPath: string): string[] {
  const name = readdirSync(corpusDir).find((n) => isDocumentFileName(n) && documentIdOf(n) === docId);
  if (name === undefined) {
    throw new CorpusError(`扩展问法文件 ${expansionPath} 旁边没有文档“${docId}”（.txt 或 .md）`);
  }
  const doc = parsePolicyDocument(docId, readFileSync(join(corpusDir, name), "utf8"));
  return doc.clauses.map((c) => c.clauseId);
}
