import { GAZETTEER_CITIES, GAZETTEER_LOCALITIES, GAZETTEER_PROVINCE as PROVINCE } from "../lexicon/data/divisions.js";

/** The province the gazetteer covers (its places count as located in that province). */
export const GAZETTEER_PROVINCE: string | null = PROVINCE.name;

/** County short forms that are everyday words (大方 "generous"): they count only written in full (大方县). */
const AMBIGUOUS_SHORT_FORMS = new Set(["大方"]);

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

/** Every alias of the gazetteer (src/lexicon/data/divisions.ts), longest first. */
export function buildPlaceIndex(): PlaceAlias[] {
  const out: PlaceAlias[] = [];
  for (const { name: city, short, otherForms, counties } of GAZETTEER_CITIES) {
    for (const alias of new Set([city, short, ...otherForms])) out.push({ alias, city, county: null });
    for (const [, county] of counties) {
      // A short form that is also an everyday word (大方) only counts when written in full.
      const shortForm = shortPlaceName(county);
      const forms = AMBIGUOUS_SHORT_FORMS.has(shortForm) ? [county] : [county, shortForm];
      for (const alias of new Set(forms)) out.push({ alias, city, county });
    }
  }
  for (const [alias, city] of Object.entries(GAZETTEER_LOCALITIES)) out.push({ alias, city, county: null });
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

/**
 * The most specific gazetteer place in `text`: a county beats a city (毕节市织金县 → 织金县, which
 * carries its city), then the longer alias, then the earlier one. An alias only counts where it is
 * not part of a longer alias (黔西 inside 黔西南 is not 黔西市).
 */
export function findPlace(text: string, index: readonly PlaceAlias[]): PlaceAlias | null {
  let best: { p: PlaceAlias; at: number } | null = null;
  const rank = (p: PlaceAlias) => (p.county ? 1000 : 0) + p.alias.length;
  for (const p of index) {
    const at = firstStandalone(text, p.alias, index);
    if (at === -1) continue;
    if (!best || rank(p) > rank(best.p) || (rank(p) === rank(best.p) && at < best.at)) best = { p, at };
  }
  return best?.p ?? null;
}

const longerCache = new WeakMap<readonly PlaceAlias[], Map<string, string[]>>();

/** Longer aliases of the index that contain `alias` (memoized per index). */
function longerAliases(alias: string, index: readonly PlaceAlias[]): string[] {
  let byAlias = longerCache.get(index);
  if (!byAlias) longerCache.set(index, (byAlias = new Map()));
  let out = byAlias.get(alias);
  if (!out) byAlias.set(alias, (out = [...new Set(index.map((x) => x.alias).filter((a) => a.length > alias.length && a.includes(alias)))]));
  return out;
}

function firstStandalone(text: string, alias: string, index: readonly PlaceAlias[]): number {
  const longer = longerAliases(alias, index);
  for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
    const covered = longer.some((l) => {
      for (let off = l.indexOf(alias); off !== -1; off = l.indexOf(alias, off + 1)) if (at - off >= 0 && text.startsWith(l, at - off)) return true;
      return false;
    });
    if (!covered) return at;
  }
  return -1;
}
