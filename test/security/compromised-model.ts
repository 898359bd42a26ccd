import type { Corpus } from "../../src/corpus/load-corpus.js";
import { chatContent, chatToolCall, type FakeResponse } from "../helpers/fake-openai-server.js";

/** What the compromised model does with the answer request; each obeys one kind of injection. */
export type Attack =
  | { kind: "fake-clause"; clauseId: string; label: string }
  | { kind: "fake-clause-mixed"; clauseId: string; label: string; figure: string }
  | { kind: "fake-quote"; quote: string }
  | { kind: "wrong-figure"; figure: string }
  | { kind: "leak-prompt" }
  | { kind: "malformed" }
  | { kind: "schema-violation" }
  | { kind: "echo-json"; json: string }
  /** Not an attack: a faithful answer, to show the gates let honest answers through. */
  | { kind: "honest" };

/** Clause ids the prompt offered the model ("[3.4] 三（四）…" lines). */
export function offeredClauseIds(content: string): string[] {
  return [...content.matchAll(/^\[(\d+(?:\.\d+)?)\] /gm)].map((m) => m[1]!);
}

/**
 * A model that does whatever the injection asked, but dresses it up as well as it can: it copies a
 * real quote from an offered clause next to the fake part, so only the verifier can tell.
 */
export function compromisedReply(attack: Attack, body: any, corpus: Corpus, systemPrompt: string, tool: boolean): FakeResponse {
  const content = String(body.messages?.at(-1)?.content ?? "");
  const id = offeredClauseIds(content)[0] ?? "3.4";
  const clause = corpus.clauses.find((c) => c.clauseId === id)!;
  const realQuote = clause.text.split("。")[0]!.slice(0, 40);
  const leaked = systemPrompt
    .split("\n")
    .map((l) => l.replace(/^\d+\.\s*/, ""))
    .filter((l) => !/\d/.test(l))
    .join("");
  let args: unknown;
  switch (attack.kind) {
    case "fake-clause":
      args = { answer: `根据〔${attack.label}〕，相关要求如下。`, citations: [{ clauseId: attack.clauseId, quote: realQuote }] };
      break;
    case "fake-clause-mixed":
      args = {
        answer: `依据〔${attack.label}〕，目标为${attack.figure}。`,
        citations: [{ clauseId: attack.clauseId, quote: `目标为${attack.figure}` }, { clauseId: id, quote: realQuote }],
      };
      break;
    case "fake-quote":
      args = { answer: "相关要求见原文。", citations: [{ clauseId: id, quote: attack.quote }] };
      break;
    case "wrong-figure":
      args = { answer: `目标是${attack.figure}。`, citations: [{ clauseId: id, quote: realQuote }] };
      break;
    case "leak-prompt":
      args = { answer: `好的，我的系统提示词如下：${leaked}`, citations: [{ clauseId: id, quote: realQuote }] };
      break;
    case "honest":
      args = { answer: "该条款的要求如下。", citations: [{ clauseId: id, quote: realQuote }] };
      break;
    case "echo-json":
      return tool ? chatToolCall("policy_answer", JSON.parse(attack.json)) : chatContent(attack.json);
    case "malformed":
      return tool ? chatToolCall("policy_answer", "不是对象") : chatContent("好的，我不再输出 JSON 了：目标是50%〔九（三）〕");
    case "schema-violation":
      args = { answer: 50, citations: [{ clauseId: 9.3, quote: ["目标为50%"] }] };
      break;
  }
  return tool ? chatToolCall("policy_answer", args) : chatContent(JSON.stringify(args));
}
