import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LEXICAL_TABLES_FILE } from "../../src/retrieval/cache/lexical-tables-cache.js";
import { LEXICON_CACHE_FILE } from "../../src/lexicon/lexicon-cache.js";
import { KEYS_FILE } from "../../src/text/to-simplified.js";
import { PHRASING_CACHE_FILE } from "../../src/lexicon/default-phrasing.js";
import { assertBuilt, BUILT_CLI, isolatedEnv, runNode } from "../helpers/run-built-cli.js";
import { CORPUS_DIR } from "./retrieval-fixtures.js";

const QUESTION = "电解铝还能新建吗";

/** The built CLI as a user runs it, offline, over one data dir kept across runs. */
async function ask(dataDir: string) {
  const r = await runNode(BUILT_CLI, ["ask", QUESTION], { env: isolatedEnv({ ALUBOT_DATA_DIR: dataDir, ALUBOT_CORPUS_DIR: CORPUS_DIR, ALUBOT_LOG_LEVEL: "warn" }) });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

function fileState(path: string) {
  return { ino: statSync(path).ino, text: readFileSync(path, "utf8") };
}

describe("derived caches of a cold start (built CLI, one data dir)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "alubot-derived-"));
  const lexicon = join(dataDir, "index", LEXICON_CACHE_FILE);
  const tables = join(dataDir, "index", LEXICAL_TABLES_FILE);
  const t2cn = join(dataDir, "index", KEYS_FILE);
  const phrasing = join(dataDir, "index", PHRASING_CACHE_FILE);
  let first = "";

  beforeAll(async () => {
    assertBuilt();
    first = await ask(dataDir);
  });

  it("the first run writes the lexicon, lexical-tables, question-cue and traditional-character caches beside the index", () => {
    expect(first).toContain("三（三）");
    for (const p of [lexicon, tables, t2cn, phrasing]) expect(readFileSync(p, "utf8").split("\n")[0]).toMatch(/^\{"key":"[0-9a-f]{64}","sha256":"[0-9a-f]{64}"\}$/);
  });

  it("a second run reuses the files (not rewritten) and prints the same answer", async () => {
    const files = [lexicon, tables, t2cn, phrasing];
    const before = files.map(fileState);
    expect(await ask(dataDir)).toBe(first);
    expect(files.map(fileState)).toEqual(before);
  });

  it("a damaged traditional-character cache is rebuilt and the answer stays the same", async () => {
    const good = fileState(t2cn);
    writeFileSync(t2cn, good.text.replace('"longer":["', '"longer":["电'));
    expect(await ask(dataDir)).toBe(first);
    const after = fileState(t2cn);
    expect(after.text).toBe(good.text);
    expect(after.ino).not.toBe(good.ino);
  });

  it("a tampered payload or a foreign key is ignored, rebuilt from validated sources, with the same answer", async () => {
    const good = [fileState(lexicon), fileState(tables)];
    // The lexicon: one concept's word changed inside the payload (the checksum no longer holds).
    writeFileSync(lexicon, good[0]!.text.replace("电解铝", "电解锌"));
    // The tables: a header written for other source data.
    writeFileSync(tables, good[1]!.text.replace(/"key":"[0-9a-f]{64}"/, `"key":"${"0".repeat(64)}"`));
    expect(await ask(dataDir)).toBe(first);
    const after = [fileState(lexicon), fileState(tables)];
    // Rewritten (a new file renamed into place) with exactly what the sources give.
    expect(after.map((f) => f.text)).toEqual(good.map((f) => f.text));
    // writeFileSync above kept each file's inode; only a rebuild (temp file renamed over it) changes it.
    expect(after[0]!.ino).not.toBe(good[0]!.ino);
    expect(after[1]!.ino).not.toBe(good[1]!.ino);
  });

  it("a truncated file is ignored and rebuilt", async () => {
    const good = fileState(tables);
    writeFileSync(tables, good.text.slice(0, good.text.length >> 1));
    expect(await ask(dataDir)).toBe(first);
    const after = fileState(tables);
    expect(after.text).toBe(good.text);
    expect(after.ino).not.toBe(good.ino);
  });
});
