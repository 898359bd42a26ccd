import { describe, expect, it } from "vitest";
import { buildPlaceIndex } from "../../src/admission/place-index.js";
import { buildProvinceIndex, canonicalProvince } from "../../src/admission/province-index.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { GAZETTEER_CITIES, GAZETTEER_PROVINCE, PROVINCES } from "../../src/lexicon/data/divisions.js";

// divisions.ts is the one list of administrative divisions: the lexicon and the admission indexes both read it.
describe("administrative divisions (src/lexicon/data/divisions.ts)", () => {
  const lexicon = defaultLexicon();

  it("every gazetteer county is a lexicon place lying in its city, and every city is a lexicon place in 贵州", () => {
    expect(GAZETTEER_CITIES).toHaveLength(9);
    expect(GAZETTEER_CITIES.flatMap((c) => c.counties)).toHaveLength(88);
    for (const city of GAZETTEER_CITIES) {
      expect(lexicon.byId(city.id)?.kind).toBe("place");
      expect(lexicon.ancestors(city.id).map((a) => a.id)).toContain("guizhou");
      for (const [id, full] of city.counties) {
        const county = lexicon.byId(id);
        expect(county?.kind, full).toBe("place");
        expect(county?.broader).toEqual([city.id]);
        expect(county?.variants).toContain(full);
      }
    }
  });

  it("every other province is an uncovered province-* concept, 贵州 is not", () => {
    expect(PROVINCES).toHaveLength(34);
    for (const p of PROVINCES.filter((x) => x.id !== GAZETTEER_PROVINCE.id)) {
      const c = lexicon.byId(`province-${p.id}`);
      expect(c?.kind, p.name).toBe("uncovered");
      expect(c?.variants).toEqual(expect.arrayContaining([p.name, p.fullName]));
    }
    expect(lexicon.byId(`province-${GAZETTEER_PROVINCE.id}`)).toBeUndefined();
  });

  it("the admission gazetteer and province index are built from the same list", () => {
    const places = buildPlaceIndex();
    for (const city of GAZETTEER_CITIES) for (const [, full] of city.counties) expect(places.some((a) => a.county === full)).toBe(true);
    expect(places.find((a) => a.alias === "黔东南")?.city).toBe("黔东南苗族侗族自治州");
    const provinces = buildProvinceIndex();
    // 贵州's cities come from the gazetteer (their short forms), not from a second list.
    expect(GAZETTEER_PROVINCE.cities).toEqual(GAZETTEER_CITIES.map((c) => c.short));
    expect(provinces.find((a) => a.alias === "黔西南州")).toMatchObject({ province: "贵州", city: "黔西南" });
    expect(canonicalProvince("广西壮族自治区百色市")).toBe("广西");
  });
});
