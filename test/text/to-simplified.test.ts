import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js/t2cn";
import { afterEach, describe, expect, it } from "vitest";
import { KEYS_FILE, dictionaryKeys, primeSimplified, resetSimplified, toSimplified } from "../../src/text/to-simplified.js";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
const EVAL = join(import.meta.dirname, "..", "fixtures", "eval");
const reference = OpenCC.Converter({ from: "t", to: "cn" });
const dir = () => mkdtempSync(join(tmpdir(), "alubot-t2cn-"));

/** Texts people and the document write: every corpus line, every development question, and traditional text. */
function sampleTexts(): string[] {
  const out = ["鋁土礦可以邊探邊採嗎", "銀行會給鋁企業貸款嗎", "電解鋁產能置換怎麼辦理？", "有著、哪裏、什麼、乾燥、後來", "再生铝占比目标是多少？", "𠀀𪚥 mixed ABC 123"];
  for (const f of readdirSync(CORPUS)) out.push(...readFileSync(join(CORPUS, f), "utf8").split("\n"));
  for (const f of ["questions.jsonl", "heldout.jsonl"]) {
    for (const line of readFileSync(join(EVAL, f), "utf8").split("\n").filter(Boolean)) out.push((JSON.parse(line) as { question: string }).question);
  }
  return out;
}

afterEach(() => resetSimplified());

describe("toSimplified (traditional → simplified, skipping texts no dictionary key occurs in)", () => {
  it("gives exactly what the converter gives, primed or not, for every character and every sample text", () => {
    const chars: string[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
    for (let cp = 0x20000; cp <= 0x20fff; cp++) chars.push(String.fromCodePoint(cp));
    const texts = sampleTexts();
    const unprimed = [...chars, ...texts].map(toSimplified);
    expect(primeSimplified(dir())).toBe("built");
    const primed = [...chars, ...texts].map(toSimplified);
    const want = [...chars, ...texts].map(reference);
    expect(unprimed).toEqual(want);
    expect(primed).toEqual(want);
    // The skip is what makes it fast: simplified questions must not all fall through to the converter.
    expect(texts.filter((t) => reference(t) === t).length).toBeGreaterThan(100);
  });

  it("the first text a process checks (plain key lists) is judged as later ones (indexed keys)", () => {
    const d = dir();
    primeSimplified(d);
    const texts = [...sampleTexts().slice(0, 40), "鋁", "有著", "乾", "铝", "𠀀"];
    for (const t of texts) {
      resetSimplified();
      expect(primeSimplified(d)).toBe("cached");
      expect(toSimplified(t), t).toBe(reference(t));
    }
  });

  it("every character a conversion changes begins a dictionary key (the skip's premise)", () => {
    const firsts = new Set(dictionaryKeys().map((k) => k.codePointAt(0)));
    for (let cp = 0x3400; cp <= 0x9fff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (reference(ch) !== ch) expect(firsts.has(cp), ch).toBe(true);
    }
  });
});

describe("the dictionary keys cache", () => {
  it("is written once, then read; a damaged, truncated or foreign file is rebuilt, never trusted", () => {
    const d = dir();
    const path = join(d, KEYS_FILE);
    expect(primeSimplified(d)).toBe("built");
    expect(primeSimplified(d)).toBe("primed");
    const good = readFileSync(path, "utf8");
    resetSimplified();
    expect(primeSimplified(d)).toBe("cached");
    for (const bad of [good.replace('"longer":["', '"longer":["X'), good.slice(0, good.length >> 1), good.replace(/"key":"[0-9a-f]{64}"/, `"key":"${"0".repeat(64)}"`), "garbage"]) {
      writeFileSync(path, bad);
      resetSimplified();
      expect(primeSimplified(d)).toBe("built");
      expect(readFileSync(path, "utf8")).toBe(good);
      expect(toSimplified("鋁土礦")).toBe("铝土矿");
    }
  });

  it("an unwritable cache directory only costs time", () => {
    const d = dir();
    const file = join(d, "not-a-dir");
    writeFileSync(file, "");
    expect(primeSimplified(file)).toBe("built");
    expect(statSync(file).isFile()).toBe(true);
    expect(toSimplified("邊探邊採")).toBe("边探边采");
  });
});
