import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Clause, PolicyDocument } from "./clause-schema.js";
import type { ClauseExpansion } from "./expansion-schema.js";
import { CorpusError } from "./corpus-error.js";
import { parsePolicyDocument } from "./parse-policy-document.js";
import { loadExpansions } from "./load-expansions.js";

export interface Corpus {
  documents: PolicyDocument[];
  clauses: Clause[];
  /** Hash over every document's content, in file order: the key for downstream caches. */
  contentHash: string;
  /** Clause lookup by `docId#clauseId`. */
  byKey: Map<string, Clause>;
  /** Reviewed clause expansions by `docId#clauseId` (corpus/<docId>.expansions.json), if any. */
  expansions: Map<string, ClauseExpansion>;
}

export function clauseKey(c: Pick<Clause, "docId" | "clauseId">): string {
  return `${c.docId}#${c.clauseId}`;
}

/** A corpus document is a *.txt / *.md file; anything else beside it (e.g. expansions) is not. */
export function isDocumentFileName(name: string): boolean {
  return /\.(txt|md)$/i.test(name);
}

/** The document id a corpus file stands for: its name without the extension. */
export function documentIdOf(fileName: string): string {
  return basename(fileName, extname(fileName));
}

/**
 * Loads every *.txt / *.md file in `dir` as one document (docId = file name without extension), with
 * the reviewed expansions beside them; `expansions: false` skips those (index --expand replaces them).
 */
export function loadCorpus(dir: string, options: { expansions?: boolean } = {}): Corpus {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CorpusError(`语料路径不是文件夹：${dir}`);
    names = readdirSync(dir).filter(isDocumentFileName).sort();
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(`无法读取语料文件夹：${dir}`, { cause: err });
  }
  if (names.length === 0) throw new CorpusError(`语料文件夹中没有 .txt 或 .md 文档：${dir}`);
  const documents = names.map((name) =>
    parsePolicyDocument(documentIdOf(name), readFileSync(join(dir, name), "utf8")),
  );
  if (options.expansions === false) return buildCorpus(documents);
  const expansions = loadExpansions(
    dir,
    documents.map((d) => d.meta.docId),
    new Map(documents.map((d) => [d.meta.docId, d.contentHash])),
    new Map(documents.map((d) => [d.meta.docId, d.clauses.map((c) => c.clauseId)])),
  );
  return buildCorpus(documents, expansions);
}

export function buildCorpus(documents: PolicyDocument[], expansions: Map<string, ClauseExpansion> = new Map()): Corpus {
  const clauses = documents.flatMap((d) => d.clauses);
  const hash = createHash("sha256");
  for (const d of documents) hash.update(`${d.meta.docId}\0${d.contentHash}\0`);
  return {
    documents,
    clauses,
    contentHash: hash.digest("hex"),
    byKey: new Map(clauses.map((c) => [clauseKey(c), c])),
    expansions,
  };
}
