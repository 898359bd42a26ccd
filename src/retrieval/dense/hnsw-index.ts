import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

export interface DenseHit {
  /** Label = position of the clause in corpus order. */
  index: number;
  /** Cosine distance: 0 identical, 1 orthogonal. */
  distance: number;
}

export interface DenseIndex {
  dimensions: number;
  count: number;
  search(vector: readonly number[], k: number): DenseHit[];
  save(file: string): void;
}

/** Fixed seed so the same corpus always yields the same graph (reproducible benchmarks). */
const SEED = 42;

function wrap(index: InstanceType<typeof HierarchicalNSW>, dimensions: number): DenseIndex {
  index.setEf(64);
  return {
    dimensions,
    count: index.getCurrentCount(),
    search(vector, k) {
      const n = Math.min(k, index.getCurrentCount());
      if (n <= 0) return [];
      const r = index.searchKnn([...vector], n);
      return r.neighbors.map((index, i) => ({ index, distance: r.distances[i] ?? 1 }));
    },
    save: (file) => index.writeIndexSync(file),
  };
}

/** A thin wrapper over hnswlib-node's HNSW graph with cosine space; labels are clause positions. */
export function buildDenseIndex(vectors: readonly (readonly number[])[], dimensions: number): DenseIndex {
  const index = new HierarchicalNSW("cosine", dimensions);
  index.initIndex(Math.max(1, vectors.length), 16, 200, SEED);
  vectors.forEach((v, i) => {
    if (v.length !== dimensions) throw new Error(`向量维度不一致：期望 ${dimensions}，实际 ${v.length}`);
    index.addPoint([...v], i);
  });
  return wrap(index, dimensions);
}

/** Reads a saved graph; throws when the file is missing or unreadable (callers rebuild). */
export function readDenseIndex(file: string, dimensions: number): DenseIndex {
  const index = new HierarchicalNSW("cosine", dimensions);
  index.readIndexSync(file);
  return wrap(index, dimensions);
}
