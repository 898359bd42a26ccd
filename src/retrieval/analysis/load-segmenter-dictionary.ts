import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * jieba's bundled dictionary has 349k entries and takes ~0.3–0.5 s to load, most of a cold CLI
 * start. Entries rarer than MIN_FREQ are dropped (≈67k remain, loads in ~20 ms): the rare ones are
 * long idioms and names that neither the corpus nor users' questions need, and the domain words
 * come from the user dictionary anyway. The trimmed copy is cached under the data directory.
 */
const MIN_FREQ = 30;

/** Which segmenter dictionary loadSegmenterDictionary returns: jieba's version and the frequency cut. */
export function segmenterDictionaryId(): string {
  const require = createRequire(import.meta.url);
  const version = (require("@node-rs/jieba/package.json") as { version: string }).version;
  return `jieba-dict-${version}-min${MIN_FREQ}`;
}

export function loadSegmenterDictionary(dataDir: string): Buffer {
  const require = createRequire(import.meta.url);
  const source = join(dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt");
  const cached = join(dataDir, "index", `${segmenterDictionaryId()}.txt`);
  try {
    if (existsSync(cached)) return readFileSync(cached);
  } catch {
    // Unreadable cache: fall through and rebuild it.
  }
  const trimmed = readFileSync(source, "utf8")
    .split("\n")
    .filter((line) => Number(line.split(" ")[1]) >= MIN_FREQ)
    .join("\n");
  const buf = Buffer.from(trimmed);
  try {
    mkdirSync(dirname(cached), { recursive: true });
    const tmp = `${cached}.tmp-${process.pid}`;
    writeFileSync(tmp, buf);
    renameSync(tmp, cached);
  } catch {
    // A read-only data directory only costs start-up time.
  }
  return buf;
}
