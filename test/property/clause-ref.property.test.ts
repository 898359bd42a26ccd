import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChineseNumeral } from "../../src/corpus/chinese-numerals.js";
import type { Clause } from "../../src/corpus/clause-schema.js";
import { findClauseRefs, parseClauseRef, resolveClauseRef } from "../../src/corpus/resolve-clause-ref.js";
import { hostileText } from "./arbitraries.js";

const HAN = /[\u4e00-\u9fff]/;

/** A synthetic outline: parts 1..P each with clauses 1..C. No real document content is needed. */
function outline(parts: number, clauses: number): Clause[] {
  const out: Clause[] = [];
  for (let p = 1; p <= parts; p++) {
    out.push({ docId: "d", clauseId: String(p), label: `第${formatChineseNumeral(p)}部分`, partTitle: "", title: "", text: "", departments: [], targets: [] });
    for (let c = 1; c <= clauses; c++) {
      out.push({ docId: "d", clauseId: `${p}.${c}`, label: `${formatChineseNumeral(p)}（${formatChineseNumeral(c)}）`, partTitle: "", title: "", text: "", departments: [], targets: [] });
    }
  }
  return out;
}

describe("clause reference parser (property)", () => {
  it("never throws on hostile text; every parsed ref is a valid, non-negative number pair", () => {
    fc.assert(
      fc.property(hostileText(60), (raw) => {
        const ref = parseClauseRef(raw);
        if (ref) {
          expect(Number.isInteger(ref.part) && ref.part >= 0).toBe(true);
          expect(ref.clause === null || (Number.isInteger(ref.clause) && ref.clause >= 0)).toBe(true);
        }
        for (const r of findClauseRefs(raw)) {
          expect(Number.isInteger(r.part) && r.part > 0).toBe(true);
          expect(r.docId).toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reads every written form of part p clause c back as (p, c)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.boolean(), (p, c, fullWidth) => {
        const P = formatChineseNumeral(p);
        const C = formatChineseNumeral(c);
        const forms = [`${p}.${c}`, `${P}（${C}）`, `${P}(${C})`, `第${P}部分第${C}条`, `〔${P}（${C}）〕`, ` ${P}、（${C}） `];
        for (const form of forms) {
          const text = fullWidth ? form.replace(/[0-9.()]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : form;
          expect(parseClauseRef(text)).toEqual({ docId: null, part: p, clause: c });
        }
        expect(findClauseRefs(`请问${P}（${C}）讲了什么`)).toEqual([{ docId: null, part: p, clause: c }]);
        expect(findClauseRefs(`第${P}部分第${C}条的牵头部门`)).toEqual([{ docId: null, part: p, clause: c }]);
      }),
      { numRuns: 300 },
    );
  });

  it("resolves to the exact clause when it exists and explains in Chinese when it does not", () => {
    const clauses = outline(9, 8);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), hostileText(20), (p, c, junk) => {
        const r = resolveClauseRef(`${formatChineseNumeral(p)}（${formatChineseNumeral(c)}）`, clauses);
        if (p <= 9 && c <= 8) expect(r.ok && r.clause.clauseId).toBe(`${p}.${c}`);
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.message).toMatch(HAN);
            expect(r.suggestions.length).toBeLessThanOrEqual(3);
            for (const s of r.suggestions) expect(clauses).toContain(s);
          }
        }
        const j = resolveClauseRef(junk, clauses);
        if (!j.ok) expect(j.message).toMatch(HAN);
        else expect(clauses).toContain(j.clause);
      }),
      { numRuns: 300 },
    );
  });
});
