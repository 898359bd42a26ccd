import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";
import { runCliCaptured } from "../helpers/run-cli-captured.js";

// One App per file: the retrieval index is built once, in its own temp data dir.
const sharedApp = createTestApp();

async function run(argv: string[], stdinText = "", app = sharedApp) {
  return runCliCaptured(argv, { stdin: stdinText, app });
}

const KEYS = ["answer", "citations", "departments", "outOfScope", "mode", "followUps", "conversationId"];

describe("alubot ask", () => {
  it("--json prints exactly the documented shape", async () => {
    const r = await run(["ask", "--json", "--conversation", "t-1", "哪些园区可以布局再生铝项目？"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(KEYS);
    expect(j.conversationId).toBe("t-1");
    expect(j.mode).toBe("offline");
    expect(Object.keys(j.citations[0])).toEqual(["docId", "clauseId", "label", "title", "quote"]);
  });

  it("text output shows the answer with its markers", async () => {
    const r = await run(["ask", "三（四）的牵头部门是谁？"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("〔三（四）〕");
    expect(r.stdout).toContain("列首位");
  });

  it("--conversation carries context between invocations sharing an app", async () => {
    const app = createTestApp();
    await run(["ask", "--conversation", "t-2", "三（三）讲了什么？"], "", app);
    const r = await run(["ask", "--json", "--conversation", "t-2", "下一条呢"], "", app);
    expect(JSON.parse(r.stdout).citations[0].clauseId).toBe("3.4");
  });

  it("--jsonl answers each stdin line independently, one JSON per line", async () => {
    const r = await run(["ask", "--jsonl"], "三（三）讲了什么？\n\n下一条呢\n{\"id\":\"q9\",\"question\":\"今天天气怎么样\"}\n");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    // One output line per input line, the blank one included (it gets the "no question" notice).
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => Object.keys(l).join() === KEYS.join())).toBe(true);
    expect(lines[1].citations).toEqual([]);
    // Line 3 has no context: it must not resolve to the clause after 三（三）.
    expect(lines[2].citations.map((c: { clauseId: string }) => c.clauseId)).not.toContain("3.4");
    expect(lines[3].outOfScope).toBe(true);
    expect(new Set(lines.map((l) => l.conversationId)).size).toBe(4);
  });

  it("a missing question is a usage error in Chinese", async () => {
    const r = await run(["ask"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("请给出问题");
  });

  it("answers through the real hybrid retriever, citing the clause that holds the figure", async () => {
    const r = await run(["ask", "--json", "回收废铝的厂能建在哪？"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.outOfScope).toBe(false);
    expect(j.citations.map((c: { clauseId: string }) => c.clauseId)).toContain("3.4");
    expect(j.answer).toContain("清镇经开区");
  });
});

describe("alubot chat", () => {
  it("runs a scripted session with follow-ups and slash commands", async () => {
    const r = await run(["chat"], "三（三）讲了什么？\n下一条呢\n/clause 3.1\n/new\n/help\n/oops\n/quit\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("有序布局再生铝项目");
    expect(r.stdout).toContain("已开始新的对话");
    expect(r.stdout).toContain("未知命令 /oops");
    expect(r.stdout).toContain("/clause");
  });
});
