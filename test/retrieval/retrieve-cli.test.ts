import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { CORPUS_DIR, tempDataDir } from "./retrieval-fixtures.js";

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

async function cli(args: string[], stdinText = "") {
  const out = capture();
  const err = capture();
  const env = { ALUBOT_DATA_DIR: tempDataDir(), ALUBOT_CORPUS_DIR: CORPUS_DIR };
  const code = await runCli(args, { io: { stdout: out.stream, stderr: err.stream, stdin: Readable.from([stdinText]) }, env });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe("alubot retrieve", () => {
  it("prints exactly the documented JSON shape", async () => {
    const r = await cli(["retrieve", "--json", "--k", "2", "回收废铝的厂能建在哪？"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(["confidence", "hits", "query"]);
    expect(json.query).toBe("回收废铝的厂能建在哪？");
    expect(json.hits).toHaveLength(2);
    for (const h of json.hits) expect(Object.keys(h).sort()).toEqual(["clauseId", "docId", "label", "score", "text", "title"]);
    expect(json.hits[0]).toMatchObject({ clauseId: "3.4", label: "三（四）", title: "有序布局再生铝项目" });
    expect(json.hits[0].score).toBeGreaterThan(json.hits[1].score);
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
  });

  it("answers one JSON line per input line, in order, with --jsonl", async () => {
    const r = await cli(["retrieve", "--jsonl", "--k", "1"], "三（三）讲了什么\n\n第五部分第二条\n");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    // One output line per input line: the blank one gets an empty result with an error, so lines stay aligned.
    expect(lines.map((l) => l.query)).toEqual(["三（三）讲了什么", "", "第五部分第二条"]);
    expect(lines.map((l) => l.hits[0]?.clauseId)).toEqual(["3.3", undefined, "5.2"]);
    expect(lines[1].error).toBeTruthy();
  });

  it("rejects a bad --k and an empty question with a Chinese message", async () => {
    const bad = await cli(["retrieve", "--k", "0", "赤泥"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--k");
    const empty = await cli(["retrieve"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("请给出问题");
  });

  it("builds the index explicitly with `alubot index`", async () => {
    const r = await cli(["index"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("索引已建立");
    expect(r.stderr).toMatch(/正在建立索引：\d+\/\d+/);
  });
});
