import { z } from "zod";

/** Bump when the on-disk layout or the meaning of the vectors changes. */
export const INDEX_FORMAT_VERSION = 2;

export const IndexManifestSchema = z.object({
  version: z.literal(INDEX_FORMAT_VERSION),
  contentHash: z.string().min(1),
  embedderId: z.string().min(1),
  dimensions: z.number().int().positive(),
  /** docId#clauseId in corpus order = the HNSW labels. */
  clauseKeys: z.array(z.string()),
  /** sha256 of the graph file, so a truncated or altered file is detected before it is read. */
  denseSha256: z.string().length(64),
  builtAt: z.string(),
});
export type IndexManifest = z.infer<typeof IndexManifestSchema>;
