import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PolicyDocument } from "../../../corpus/clause-schema.js";
import { ExpansionFileSchema, expansionFileName, type ClauseExpansion, type ExpansionFile } from "../../../corpus/expansion-schema.js";
import type { DraftOutcome } from "./draft-clause-expansion.js";

export interface ExpandCorpusDeps {
  documents: readonly PolicyDocument[];
  corpusDir: string;
  draft: (clause: PolicyDocument["clauses"][number]) => Promise<DraftOutcome>;
  /** Overwrite files a person reviewed (source "reviewed"). */
  force: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export interface ExpandedDocument {
  docId: string;
  path: string;
  clauses: number;
  failed: { clauseId: string; reason: string }[];
}

export type ExpandCorpusOutcome =
  | { ok: true; documents: ExpandedDocument[] }
  /** refused: a reviewed (or unreadable) file would be overwritten without --force; failed: no clause got a draft. */
  | { ok: false; kind: "refused" | "failed"; message: string };

/**
 * `alubot index --expand`: drafts clause expansions with the model and stores them beside the corpus
 * (`<docId>.expansions.json`, source "llm") for review. A file a person reviewed is never overwritten
 * without --force, and neither is one that does not parse (it may be a reviewed file with a typo).
 * Checked for every document before the first model call, so a refusal costs nothing.
 */
export async function expandCorpus(deps: ExpandCorpusDeps): Promise<ExpandCorpusOutcome> {
  const targets = deps.documents.map((d) => ({ doc: d, path: join(deps.corpusDir, expansionFileName(d.meta.docId)) }));
  if (!deps.force) {
    for (const { path } of targets) {
      const existing = readExisting(path);
      if (existing === "unreadable") return { ok: false, kind: "refused", message: `${path} 已存在但无法解析，为免覆盖人工内容，未做任何修改。确认可以覆盖时请加 --force。` };
      if (existing?.source === "reviewed") return { ok: false, kind: "refused", message: `${path} 是人工审核过的条款扩展（source: reviewed），不会覆盖。如确需用模型草稿替换，请加 --force。` };
    }
  }
  const total = targets.reduce((n, t) => n + t.doc.clauses.length, 0);
  let done = 0;
  const written: ExpandedDocument[] = [];
  for (const { doc, path } of targets) {
    const clauses: Record<string, ClauseExpansion> = {};
    const failed: ExpandedDocument["failed"] = [];
    for (const clause of doc.clauses) {
      const r = await deps.draft(clause);
      if (r.ok) clauses[clause.clauseId] = r.expansion;
      else failed.push({ clauseId: clause.clauseId, reason: r.reason });
      deps.onProgress?.(++done, total);
    }
    if (Object.keys(clauses).length === 0) {
      return { ok: false, kind: "failed", message: `模型没有为 ${doc.meta.docId} 的任何条款给出可用的扩展（${failed[0]?.reason ?? "无条款"}），未写入文件。` };
    }
    const file: ExpansionFile = ExpansionFileSchema.parse({
      docId: doc.meta.docId,
      contentHash: doc.contentHash,
      source: "llm",
      generatedAt: (deps.now?.() ?? new Date()).toISOString(),
      clauses,
    });
    // Written whole or not at all: a half-written file must not stand in for a reviewed one.
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, "utf8");
    renameSync(tmp, path);
    written.push({ docId: doc.meta.docId, path, clauses: Object.keys(clauses).length, failed });
  }
  return { ok: true, documents: written };
}

function readExisting(path: string): ExpansionFile | "unreadable" | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = ExpansionFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}
