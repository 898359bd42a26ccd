import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { REVIEWED_EVAL_OVERLAPS } from "../../src/lexicon/data/eval-overlaps.js";

/**
 * Guards against tuning on evaluation data: a specific phrase (≥ 6 Han characters, or an English
 * phrase of ≥ 3 words, or a whole expansion question) that sits in the lexicon or the clause
 * expansions, occurs in an evaluation question, and occurs nowhere in the document is what an entry
 * copied from an evaluation item looks like. Each such phrase fails the test unless a reviewer listed
 * it with a reason in src/lexicon/data/eval-overlaps.ts. Only the phrase is printed, never the item.
 */
const root = join(import.meta.dirname, "..", "..");
const evalDir = join(root, "test", "fixtures", "eval");

function evalQuestions(): string[] {
  // Every set: dev, held-out, used blind sets (development data now) and the current blind set.
  const files = readdirSync(evalDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => join(evalDir, f));
  const out: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { question?: string; description?: string; turns?: { question: string }[] };
      for (const q of [item.question, item.description, ...(item.turns ?? []).map((t) => t.question)]) if (q) out.push(foldForMatch(q));
    }
  }
  return out;
}

// Short phrases ("智能工厂", "smart factory") are how everyone says a thing and recur in any set of
// questions; a phrase of 6+ Han characters or 3+ English words recurring verbatim is a copy.
const specific = (form: string): boolean => {
  const han = form.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return han >= 6 || (han === 0 && form.trim().split(/\s+/).length >= 3);
};

describe("evaluation leak check", () => {
  it("no lexicon or expansion phrase was copied from an evaluation question", () => {
    const corpus = loadCorpus(join(root, "corpus"));
    const corpusText = foldForMatch(corpus.clauses.map((c) => `${c.title}|${c.text}|${c.departments.map((d) => d.name).join("、")}`).join("|"));
    const questions = evalQuestions();
    expect(questions.length).toBeGreaterThan(100);
    const phrases = new Set<string>();
    for (const c of defaultLexicon().concepts) for (const t of [...c.terms, ...c.variants, ...c.english, ...c.mistypes]) if (specific(t)) phrases.add(t);
    for (const e of corpus.expansions.values()) {
      for (const k of e.keywords) if (specific(k)) phrases.add(k);
      // Short template questions ("星光行动是什么") are what anyone asks; a long one recurring is a copy.
      for (const q of e.questions) if (foldForMatch(q).length >= 12) phrases.add(q.replace(/[？?。！!]+$/, ""));
    }
    const reviewed = new Set(REVIEWED_EVAL_OVERLAPS.map((o) => foldForMatch(o.phrase)));
    const flagged = [...phrases].filter((p) => {
      const f = foldForMatch(p);
      if (f.length < 6 || corpusText.includes(f) || reviewed.has(f)) return false;
      return questions.some((q) => q.includes(f) || (f.length >= 8 && f.includes(q)));
    });
    expect(flagged).toEqual([]);
  });


});
