import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { buildRetriever } from "../../src/retrieval/build-retriever.js";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { CORPUS_DIR, tempDataDir } from "./retrieval-fixtures.js";

describe("dense retrieval through OpenAIEmbeddings", () => {
  let server: FakeOpenAiServer;
  beforeAll(async () => {
    server = await startFakeOpenAiServer({ embeddingDim: 48 });
  });
  afterAll(async () => server.close());

  it("embeds clauses and questions through the configured endpoint and caches under its own key", async () => {
    const dataDir = tempDataDir();
    const corpus = loadCorpus(CORPUS_DIR);
    const embedding = { apiKey: "test-key", baseURL: server.baseURL, model: "fake-embed" };
    const built = await buildRetriever({ corpus, dataDir, embedding });
    expect(built.embedderId).toContain("fake-embed");
    expect(built.dense.source).toBe("built");
    const embedCalls = () => server.requests.filter((r) => r.path.endsWith("/embeddings"));
    const afterBuild = embedCalls().length;
    expect(afterBuild).toBeGreaterThan(0);
    const r = await built.retriever.retrieve("赤泥综合利用", { k: 3 });
    expect(r.hits).toHaveLength(3);
    expect(embedCalls().length).toBe(afterBuild + 1);
    const again = await buildRetriever({ corpus, dataDir, embedding });
    expect(again.dense.source).toBe("cached");
    const offline = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(offline.dense.dir).not.toBe(again.dense.dir);
  });
});
