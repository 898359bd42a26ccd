import { ChatOpenAI } from "@langchain/openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmProfileExtractor, type StructuredMethod } from "../../src/admission/create-llm-profile-extractor.js";
import { chatContent, chatToolCall, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
});

function extractor(method: StructuredMethod, fallbacks: string[] = []) {
  const model = new ChatOpenAI({
    model: "gpt-4o-mini", apiKey: "test-key", maxRetries: 0, timeout: 5_000, configuration: { baseURL: server.baseURL },
  });
  return createLlmProfileExtractor({ model, method, knowledge, onFallback: (r) => fallbacks.push(r) });
}

// The model contradicts the text on hard facts (500 vs 350 kA, another zone) and adds a soft one.
const modelProfile = {
  projectType: "电解铝", action: "新建", cellCurrentKa: 500, quotaAnnounced: true,
  location: { city: null, county: null, zone: "兴仁经开区", inNamedZone: null },
};
const text = "在清镇新上电解铝，350kA 电解槽，置换那事儿领导拍了板";

describe("LLM profile extraction through the real ChatOpenAI", () => {
  it.each([
    ["jsonSchema", () => chatContent(JSON.stringify(modelProfile)), (b: any) => {
      expect(b.response_format?.type).toBe("json_schema");
      // Non-strict: OpenAI's strict mode would demand every (optional) fact as a required key.
      expect(b.response_format?.json_schema?.strict).not.toBe(true);
      expect(Object.keys(b.response_format?.json_schema?.schema?.properties ?? {})).toContain("quotaAnnounced");
    }],
    ["jsonMode", () => chatContent(JSON.stringify(modelProfile)), (b: any) => expect(b.response_format?.type).toBe("json_object")],
    ["functionCalling", () => chatToolCall("project_profile", modelProfile), (b: any) => expect(b.tools?.[0]?.function?.name).toBe("project_profile")],
  ] as const)("%s: offline numbers and zones win, the model fills soft facts", async (method, reply, checkRequest) => {
    const before = server.requests.length;
    server.enqueueChat(reply());
    const fallbacks: string[] = [];
    const profile = await extractor(method, fallbacks).extract(text);
    expect(fallbacks).toEqual([]);
    expect(server.requests.length).toBe(before + 1);
    checkRequest(server.requests.at(-1)!.body);
    expect(profile.cellCurrentKa).toBe(350);
    expect(profile.location?.zone).toBe("清镇经开区");
    // The model's true becomes the profile's state.
    expect(profile.quotaAnnounced).toBe("done");
    expect(profile.projectType).toBe("电解铝");
  });

  it("falls back to the offline result when the server fails", async () => {
    server.enqueueChat({ status: 500, body: { error: { message: "boom" } } });
    const fallbacks: string[] = [];
    const profile = await extractor("jsonSchema", fallbacks).extract(text);
    expect(fallbacks).toHaveLength(1);
    expect(profile.cellCurrentKa).toBe(350);
    expect(profile.quotaAnnounced).toBeUndefined();
  });

  it("falls back when the model's output does not fit the schema", async () => {
    server.enqueueChat(chatContent(JSON.stringify({ projectType: "钢铁厂", cellCurrentKa: "很大" })));
    const fallbacks: string[] = [];
    const profile = await extractor("jsonMode", fallbacks).extract(text);
    expect(fallbacks).toHaveLength(1);
    expect(profile.projectType).toBe("电解铝");
  });

  it("falls back on a reply that is not JSON at all", async () => {
    server.enqueueChat(chatContent("抱歉，我无法回答"));
    const fallbacks: string[] = [];
    const profile = await extractor("jsonSchema", fallbacks).extract("新建电解铝，没有产能指标");
    expect(fallbacks).toHaveLength(1);
    expect(profile.quotaAnnounced).toBe("not_done");
  });
});
