import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChineseNumeral } from "../../src/corpus/chinese-numerals.js";
import { PolicyDocumentSchema } from "../../src/corpus/clause-schema.js";
import { parsePolicyDocument } from "../../src/corpus/parse-policy-document.js";
import { hostileText, trickyChar } from "./arbitraries.js";

const REAL = readFileSync(new URL("../../corpus/qiangongxin-2024-10.txt", import.meta.url), "utf8");
const REAL_LINES = REAL.split("\n");

function expectValid(source: string) {
  const doc = parsePolicyDocument("doc", source);
  const parsed = PolicyDocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const ids = doc.clauses.map((c) => c.clauseId);
  expect(new Set(ids).size).toBe(ids.length);
  // The notice comes first, then the outline in document order; every target quotes its own clause.
  expect(ids[0]).toBe("0");
  const keys = ids.map((id) => id.split(".").map(Number)).map(([p = 0, n = 0]) => p * 1000 + n);
  expect(keys).toEqual([...keys].sort((a, b) => a - b));
  for (const c of doc.clauses) {
    const body = c.title && c.clauseId.includes(".") ? `${c.title}。${c.text}` : c.text;
    for (const t of c.targets) expect(body).toContain(t.source);
  }
  return doc;
}

describe("document parser (property)", () => {
  it("never throws on random text and always returns a schema-valid document", () => {
    fc.assert(fc.property(hostileText(400), (s) => void expectValid(s)), { numRuns: 300 });
  });

  it("stays valid when the real document is damaged: lines dropped, duplicated, shuffled or corrupted", () => {
    const edit = fc.record({
      at: fc.nat({ max: REAL_LINES.length - 1 }),
      op: fc.constantFrom("drop", "dup", "swap", "inject"),
      junk: fc.array(trickyChar, { maxLength: 10 }).map((a) => a.join("")),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const lines = [...REAL_LINES];
        for (const e of edits) {
          const i = Math.min(e.at, lines.length - 1);
          if (e.op === "drop") lines.splice(i, 1);
          else if (e.op === "dup") lines.splice(i, 0, lines[i]!);
          else if (e.op === "swap" && i > 0) [lines[i - 1], lines[i]] = [lines[i]!, lines[i - 1]!];
          else lines.splice(i, 0, e.junk);
        }
        expectValid(lines.join("\n"));
      }),
      { numRuns: 60 },
    );
  });

  it("recovers the outline of any generated document of the common shape", () => {
    const doc = fc.array(fc.record({ clauses: fc.nat({ max: 6 }), intro: fc.boolean() }), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(doc, fc.boolean(), (parts, crlf) => {
        const lines = ["关于推进某产业高质量发展的指导意见", "前言文字。"];
        parts.forEach(({ clauses: n, intro }, p) => {
          lines.push(`${formatChineseNumeral(p + 1)}、第${p + 1}部分标题`);
          if (intro) lines.push(`第${p + 1}部分的引言。`);
          for (let c = 1; c <= n; c++) lines.push(`（${formatChineseNumeral(c)}）条款标题${c}。条款内容第${c}条。（责任单位：省工业和信息化厅、省发展改革委）`);
        });
        const parsed = expectValid(lines.join(crlf ? "\r\n" : "\n"));
        const expected = ["0", ...parts.flatMap(({ clauses: n, intro }, p) => [
          ...(intro ? [String(p + 1)] : []),
          ...Array.from({ length: n }, (_, c) => `${p + 1}.${c + 1}`),
        ])];
        expect(parsed.clauses.map((c) => c.clauseId)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("handles one huge line and very long documents without throwing", () => {
    expectValid("铝".repeat(200_000));
    expectValid(Array.from({ length: 1000 }, (_, i) => `（${formatChineseNumeral((i % 99) + 1)}）${"文".repeat(20)}`).join("\n"));
  });
});
