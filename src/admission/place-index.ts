import places from "../data/guizhou-places.json" with { type: "json" };

/** One way of naming a city or county, e.g. 兴仁 → 黔西南布依族苗族自治州 / 兴仁市. */
export interface PlaceAlias {
  alias: string;
  city: string;
  county: string | null;
}

const ETHNIC_SUFFIX_RE = /(?:[\u4e00-\u9fff]{1,2}族)+自治(?:县|州)$/;

/** Short form people say: 道真仡佬族苗族自治县 → 道真, 清镇市 → 清镇, 六枝特区 → 六枝. */
export function shortPlaceName(name: string): string {
  const s = name.replace(ETHNIC_SUFFIX_RE, "").replace(/(?:特区|市|县|区|州)$/, "");
  return s.length >= 2 ? s : name;
}

/** Every alias of the bundled gazetteer (src/data/guizhou-places.json), longest first. */
export function buildPlaceIndex(): PlaceAlias[] {
  const out: PlaceAlias[] = [];
  const cities = places.cities as Record<string, string[]>;
  const cityShort = places.cityShortForms as Record<string, string[]>;
  for (const [city, counties] of Object.entries(cities)) {
    for (const alias of new Set([city, shortPlaceName(city), ...(cityShort[city] ?? [])])) out.push({ alias, city, county: null });
    for (const county of counties) {
      for (const alias of new Set([county, shortPlaceName(county)])) out.push({ alias, city, county });
    }
  }
  for (const [alias, city] of Object.entries(places.localities as Record<string, string>)) out.push({ alias, city, county: null });
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

/** The first (longest) gazetteer alias occurring in `text`. */
export function findPlace(text: string, index: readonly PlaceAlias[]): PlaceAlias | null {
  let best: { p: PlaceAlias; at: number } | null = null;
  for (const p of index) {
    const at = text.indexOf(p.alias);
    if (at === -1) continue;
    if (!best || p.alias.length > best.p.alias.length || (p.alias.length === best.p.alias.length && at < best.at)) best = { p, at };
  }
  return best?.p ?? null;
}

/** True when the text names a place outside the province (云南、四川…): the policy does not cover it. */
export function mentionsOutsideProvince(text: string): string | null {
  return places.outsideProvince.find((p) => text.includes(p)) ?? null;
}
