import type { Corpus } from "../../src/corpus/load-corpus.js";
import type { Reply } from "../../src/reply/reply-schema.js";
import { createTestEngine } from "./test-engine.js";

/** Real replies from the test engine: a clause answer and a project check over the parsed corpus. */
export async function buildSampleReplies(corpus: Corpus): Promise<{ question: Reply; check: Reply }> {
  const engine = createTestEngine(corpus);
  const question = await engine.handle({ text: "三（四）讲了什么？", conversationId: "c1", userId: "u", platform: "cli" });
  const check = await engine.handle({ text: "新建再生铝项目", conversationId: "c2", userId: "u", platform: "cli", intent: "check" });
  return { question, check };
}

/** A reply whose every text field is `text`-derived and huge, to exercise splitting. */
export function hugeReply(base: Reply, text: string, copies: number): Reply {
  const citation = base.citations[0]!;
  return {
    ...base,
    answer: Array.from({ length: copies }, () => text).join("\n\n"),
    citations: Array.from({ length: 60 }, (_, i) => ({ ...citation, title: `${citation.title}${i}`, quote: text })),
    followUps: [text.slice(0, 50)],
  };
}
