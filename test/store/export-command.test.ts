import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";

const dataDir = mkdtempSync(join(tmpdir(), "alubot-export-"));
const JAN = Date.parse("2026-01-15T08:00:00Z");
const MAR = Date.parse("2026-03-01T08:00:00Z");

beforeAll(async () => {
  const s = createSqliteStores({ dataDir, retentionDays: 36500 });
  s.audit.append({ ...makeAuditRecord(1, JAN), question: '含逗号,引号"和\n换行的问题' });
  s.audit.append({ ...makeAuditRecord(2, MAR), question: "=HYPERLINK(\"http://evil\")", outOfScope: true });
  const base = { platform: "slack", channelId: "C1", userHash: "h1", question: "再生铝占比目标是多少？", answer: "答", citations: makeAuditRecord(1).citations };
  await s.feedback.saveFeedback({ ...base, at: JAN, rating: "up" });
  await s.feedback.saveFeedback({ ...base, at: MAR, rating: "down", reason: "=引用的条款不对" });
  s.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function exportWith(args: string[], dir = dataDir) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await runCli(["export", ...args], { io: { stdout, stderr, stdin: new PassThrough() }, env: { ALUBOT_DATA_DIR: dir } });
  return { code, out: Buffer.concat(out).toString("utf8"), err: Buffer.concat(err).toString("utf8") };
}

/** Minimal RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

describe("alubot export", () => {
  it("writes Excel-friendly CSV: BOM, Chinese header, quoted cells, defused formulas", async () => {
    const { code, out, err } = await exportWith([]);
    expect(code).toBe(0);
    expect(out.startsWith("\ufeff")).toBe(true);
    const rows = parseCsv(out.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]).toBe("编号");
    expect(rows[1]![6]).toBe('含逗号,引号"和\n换行的问题');
    expect(rows[1]![1]).toBe("2026-01-15T08:00:00.000Z");
    expect(rows[1]![8]).toBe("三（四）");
    expect(rows[2]![6]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(rows[2]![10]).toBe("是");
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(err).toContain("已导出 2 条");
  });

  it("filters by --since and writes JSONL", async () => {
    const { code, out } = await exportWith(["--since", "2026-02-01", "--format", "jsonl"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ at: "2026-03-01T08:00:00.000Z", question: '=HYPERLINK("http://evil")', outOfScope: true });
  });

  it("--feedback exports the 👍/👎 records with the reason a 👎 gave, in CSV and JSONL", async () => {
    const csv = await exportWith(["--feedback"]);
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.out.slice(1));
    expect(rows[0]).toEqual(["时间", "平台", "频道", "用户（哈希）", "评价", "原因", "问题", "回答", "引用条款"]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6], r[8]])).toEqual([
      ["2026-01-15T08:00:00.000Z", "👍", "", "再生铝占比目标是多少？", "三（四）"],
      // A reason is typed by the public: defused like any other cell.
      ["2026-03-01T08:00:00.000Z", "👎", "'=引用的条款不对", "再生铝占比目标是多少？", "三（四）"],
    ]);
    expect(csv.err).toContain("已导出 2 条反馈记录");
    const jsonl = await exportWith(["--feedback", "--since", "2026-02-01", "--format", "jsonl"]);
    const lines = jsonl.out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ at: "2026-03-01T08:00:00.000Z", rating: "down", reason: "=引用的条款不对" })]);
  });

  it("rejects a bad date or format in Chinese, and handles a data dir without a database", async () => {
    const bad = await exportWith(["--since", "昨天"]);
    expect((await exportWith(["--since", "2026-02-30"])).code).toBe(2);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("无法识别日期");
    expect((await exportWith(["--format", "xml"])).err).toContain("不支持的导出格式");
    const empty = mkdtempSync(join(tmpdir(), "alubot-export-empty-"));
    const none = await exportWith(["--format", "jsonl"], empty);
    expect(none.code).toBe(0);
    expect(none.out).toBe("");
    expect(none.err).toContain("没有可导出的审计记录");
    rmSync(empty, { recursive: true, force: true });
  });
});
