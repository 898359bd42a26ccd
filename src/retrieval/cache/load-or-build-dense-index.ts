import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "../../corpus/clause-schema.js";
import { clauseKey } from "../../corpus/load-corpus.js";
import type { Embedder } from "../dense/create-embedder.js";
import { buildDenseIndex, readDenseIndex, type DenseIndex } from "../dense/hnsw-index.js";
import { INDEX_FORMAT_VERSION, IndexManifestSchema, type IndexManifest } from "./index-manifest.js";

const MANIFEST = "manifest.json";
const GRAPH = "dense.hnsw";

export interface DenseIndexRequest {
  dataDir: string;
  contentHash: string;
  clauses: readonly Clause[];
  embedder: Embedder;
  /** The text embedded for each clause. */
  documentText: (c: Clause) => string;
  /** Ignore any cache and rebuild (`alubot index`). */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface DenseIndexResult {
  index: DenseIndex;
  dir: string;
  /** "cached" when read from disk; otherwise why it was (re)built. */
  source: "cached" | "built";
  reason: string;
}

/** `<dataDir>/index/<contentHash-16>-<embedder>`: a new corpus or embedder never reads an old index. */
export function indexDir(dataDir: string, contentHash: string, embedderId: string): string {
  const safe = embedderId.replace(/[^a-zA-Z0-9._-]+/g, "_").slice(0, 80);
  return join(dataDir, "index", `${contentHash.slice(0, 16)}-${safe}`);
}

/**
 * Reads the cached HNSW graph when its manifest matches the corpus and embedder and its checksum
 * holds; otherwise embeds every clause, builds the graph and writes it atomically (temp dir, then
 * rename), so a crash mid-write leaves no partial cache that would be trusted later.
 */
export async function loadOrBuildDenseIndex(req: DenseIndexRequest): Promise<DenseIndexResult> {
  const dir = indexDir(req.dataDir, req.contentHash, req.embedder.id);
  const keys = req.clauses.map(clauseKey);
  if (!req.force) {
    const cached = tryReadCache(dir, req, keys);
    if (cached.index) return { index: cached.index, dir, source: "cached", reason: "缓存有效" };
    return { ...(await build(dir, req, keys)), reason: cached.reason };
  }
  return { ...(await build(dir, req, keys)), reason: "按要求重建" };
}

function tryReadCache(dir: string, req: DenseIndexRequest, keys: string[]): { index?: DenseIndex; reason: string } {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) return { reason: "没有缓存" };
  try {
    const parsed = IndexManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, "utf8")));
    if (!parsed.success) return { reason: "缓存清单损坏" };
    const m = parsed.data;
    if (m.contentHash !== req.contentHash || m.embedderId !== req.embedder.id) return { reason: "语料或向量模型已变化" };
    if (m.clauseKeys.join("\n") !== keys.join("\n")) return { reason: "条款列表已变化" };
    const graph = join(dir, GRAPH);
    if (!existsSync(graph) || sha256(readFileSync(graph)) !== m.denseSha256) return { reason: "向量索引文件损坏或不完整" };
    const index = readDenseIndex(graph, m.dimensions);
    if (index.count !== keys.length) return { reason: "向量索引条目数不符" };
    return { index, reason: "缓存有效" };
  } catch {
    return { reason: "缓存无法读取" };
  }
}

async function build(dir: string, req: DenseIndexRequest, keys: string[]): Promise<Omit<DenseIndexResult, "reason">> {
  const total = req.clauses.length;
  const vectors: number[][] = [];
  const BATCH = 16;
  for (let i = 0; i < total; i += BATCH) {
    const batch = req.clauses.slice(i, i + BATCH).map(req.documentText);
    vectors.push(...(await req.embedder.embeddings.embedDocuments(batch)));
    req.onProgress?.(Math.min(total, i + BATCH), total);
  }
  const dimensions = vectors[0]?.length ?? 1;
  const index = buildDenseIndex(vectors, dimensions);
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(tmp, { recursive: true });
    const graph = join(tmp, GRAPH);
    index.save(graph);
    const manifest: IndexManifest = {
      version: INDEX_FORMAT_VERSION,
      contentHash: req.contentHash,
      embedderId: req.embedder.id,
      dimensions,
      clauseKeys: keys,
      denseSha256: sha256(readFileSync(graph)),
      builtAt: new Date().toISOString(),
    };
    writeFileSync(join(tmp, MANIFEST), JSON.stringify(manifest, null, 2));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch {
    // A read-only or full disk must not stop the bot: the index in memory still serves this run.
    rmSync(tmp, { recursive: true, force: true });
  }
  return { index, dir, source: "built" };
}

function sha256(buf: Buffer): string {
  return createHash("sha256").update(buf).digest("hex");
}
