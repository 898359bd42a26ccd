import { foldZoneSuffixes, extractZoneNames } from "./extract-zone-names.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { findPlace } from "./place-index.js";
import type { ProjectLocation } from "./profile-schema.js";

/**
 * Reads where a project is: a zone the corpus names (full or partial form: 兴仁, 苟江, 清镇经开区),
 * else any zone-shaped name in the text (织金经开区 – not listed), plus city/county from the gazetteer.
 */
export function extractLocation(rawText: string, k: AdmissionKnowledge): ProjectLocation | null {
  const text = foldZoneSuffixes(rawText);
  let zone: string | null = null;
  let best = 0;
  for (const z of k.zones) {
    for (const alias of z.aliases) {
      if (alias.length > best && text.includes(alias)) {
        zone = z.name;
        best = alias.length;
      }
    }
  }
  if (!zone) zone = extractZoneNames(text)[0]?.name ?? null;
  const place = findPlace(text, k.places);
  let city = place?.city ?? null;
  const county = place?.county ?? null;
  if (zone && !city) {
    const known = k.zones.find((z) => z.name === zone);
    city = known ? k.cityOfZone(known) : null;
  }
  if (!zone && !city && !county) return null;
  return { city, county, zone };
}
