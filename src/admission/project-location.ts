import type { ConceptMatch, Lexicon } from "../lexicon/lexicon.js";
import { GAZETTEER_CITIES, PROVINCES } from "../lexicon/data/divisions.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { ADMISSION_TERMS as terms } from "./admission-terms.js";
import { extractLocation } from "./extract-location.js";
import { arabizeQuantities } from "./parse-chinese-number.js";
import { segmentsOf } from "./read-fact-state.js";
import type { ProjectLocation } from "./profile-schema.js";

/** Chinese names of the gazetteer's divisions by lexicon id (清镇市 for qingzhen, 云南 for province-yunnan). */
const NAME_BY_ID: ReadonlyMap<string, string> = new Map([
  ...GAZETTEER_CITIES.flatMap((c) => [[c.id, c.name] as const, ...c.counties.map(([id, full]) => [id, full] as const)]),
  ...PROVINCES.map((p) => [`province-${p.id}`, p.name] as const),
]);

/**
 * The place names of a text written the way the gazetteer and the corpus zones are: the lexicon finds
 * a place or park said in English (Qingzhen), mistyped (兴人经开区) or as a pinyin homophone
 * (清真经开区); its Chinese name replaces the surface, so the one location reader sees it. Spans
 * blanked in `masked` (context) stay blank.
 */
function canonicalPlaces(text: string, matches: readonly ConceptMatch[]): string {
  let out = text;
  const found = matches
    .filter((m) => m.via !== "term" && m.via !== "variant" && (m.concept.kind === "place" || m.concept.kind === "park" || m.concept.id.startsWith("province-")))
    .sort((a, b) => b.start - a.start);
  for (const m of found) {
    if (out.slice(m.start, m.end).includes("□")) continue;
    const name = NAME_BY_ID.get(m.concept.id) ?? (m.concept.kind === "park" ? m.concept.terms[0] : undefined) ?? m.concept.label;
    // Latin words keep a space on each side so neighbouring English does not glue onto the name.
    out = `${out.slice(0, m.start)}${m.via === "english" ? ` ${name} ` : name}${out.slice(m.end)}`;
  }
  return out;
}

const FROM_RE = new RegExp(terms.relocation.fromCue, "gi");
const PLACE_BEFORE_SUFFIX_RE = new RegExp(`[\\u4e00-\\u9fff]{2,4}(?=${terms.placeSuffixes.join("|")})`, "g");
const isPlace = (m: ConceptMatch) => m.concept.kind === "place" || m.concept.kind === "park";

/**
 * Pinyin-typed place names (开杨县 for 开阳县, 清真经开区 for 清镇经开区) before a place suffix. The
 * lexicon tries homophones only when a text names nothing but places – never in a project description,
 * which always names a type – so each place-shaped stretch (a few characters and their 县/市/经开区) is
 * looked up on its own. A stretch holding an exactly written place is left alone.
 */
function homophonePlaces(text: string, lexicon: Lexicon): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  for (const m of text.matchAll(PLACE_BEFORE_SUFFIX_RE)) {
    const suffix = terms.placeSuffixes.find((x) => text.startsWith(x, m.index + m[0].length)) ?? "";
    const chunk = m[0] + suffix;
    const found = lexicon.match(chunk);
    if (found.some((f) => isPlace(f) && (f.via === "term" || f.via === "variant") && f.concept.id !== "development-zone")) continue;
    for (const f of found) {
      // The homophone must reach the suffix: a place-shaped stretch names the place right before it.
      if (!isPlace(f) || f.via !== "pinyin" || f.end < m[0].length) continue;
      out.push({ ...f, start: m.index + f.start, end: m.index + f.end });
    }
  }
  return out;
}

/**
 * Where the project is. Context clauses are left out (`own` has them blanked): the supplier's or the
 * other plant's site is not the project's. A relocation is where it moves to: the place after the move
 * verb (搬到开阳), else the text without the site it leaves (从白云区…, 老厂在贵阳). When the project's
 * own part names no place, the whole text's is taken – only its province for a relocation, whose one
 * named place may be the old site.
 */
export function readProjectLocation(
  folded: string,
  own: string,
  relocation: boolean,
  r: { matches: readonly ConceptMatch[]; vocabulary: { lexicon: Lexicon } },
  k: AdmissionKnowledge,
): ProjectLocation | null {
  // A place the text says the site is not ("不在清镇、兴仁这些重点园区") is blanked first.
  folded = blankNegatedPlaces(folded);
  own = blankNegatedPlaces(own);
  const matches = [...r.matches, ...homophonePlaces(folded, r.vocabulary.lexicon)];
  const read = (t: string) => extractLocation(arabizeQuantities(canonicalPlaces(t, matches)), k);
  if (relocation) {
    const destination = destinationOf(own, matches);
    if (destination) {
      const loc = extractLocation(arabizeQuantities(destination), k);
      if (loc) return loc;
    }
    const left = own.replace(FROM_RE, (m) => "□".repeat(m.length));
    const loc = read(left);
    if (loc) return loc;
    const whole = read(folded);
    return whole?.province ? { province: whole.province, city: null, county: null, zone: null } : null;
  }
  return read(own) ?? (own === folded ? null : read(folded));
}

const PLACE_NEGATION_RE = new RegExp(terms.placeNegation, "g");

/** The stretches that say where the project is not, blanked (same length: offsets stay valid). */
function blankNegatedPlaces(text: string): string {
  return text.replace(PLACE_NEGATION_RE, (m) => "□".repeat(m.length));
}

/** The text of the clause after the first move verb (搬到开阳县去 → 开阳县去), places made canonical. */
function destinationOf(own: string, matches: readonly ConceptMatch[]): string | null {
  const canon = canonicalPlaces(own, matches);
  for (const seg of segmentsOf(canon)) {
    for (const verb of terms.relocation.toVerbs) {
      const at = seg.text.indexOf(verb);
      if (at >= 0) return seg.text.slice(at + verb.length);
    }
  }
  return null;
}
