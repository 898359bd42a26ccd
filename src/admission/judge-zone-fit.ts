import type { AdmissionKnowledge } from "./admission-knowledge.js";
import type { ZoneName } from "./extract-zone-names.js";
import { shortPlaceName } from "./place-index.js";
import type { ProjectLocation } from "./profile-schema.js";

export interface ZoneFit {
  /** true: in a listed zone; false: known to be elsewhere; null: not enough location detail. */
  fit: boolean | null;
  /** The listed zone the project is in, when fit is true and it is known. */
  zone: string | null;
}

/**
 * Whether a location lies in one of `zones` (read from a clause). A county whose short name is a
 * zone's place core (兴仁市 ↔ 兴仁经开区) counts as the zone; a city with no listed zone at all is a
 * definite "no"; a city that hosts one needs the exact site.
 */
export function judgeZoneFit(location: ProjectLocation | null | undefined, zones: readonly ZoneName[], k: AdmissionKnowledge): ZoneFit {
  if (!location) return { fit: null, zone: null };
  if (location.zone) {
    const z = zones.find((zone) => zone.name === location.zone || zone.aliases.includes(location.zone!));
    return z ? { fit: true, zone: z.name } : { fit: false, zone: null };
  }
  if (location.county) {
    const short = shortPlaceName(location.county);
    const z = zones.find((zone) => zone.aliases.includes(short) || zone.aliases.includes(location.county!));
    if (z) return { fit: true, zone: z.name };
    return location.inNamedZone === true ? { fit: null, zone: null } : { fit: false, zone: null };
  }
  if (location.inNamedZone === true) return { fit: true, zone: null };
  if (location.inNamedZone === false) return { fit: false, zone: null };
  if (location.city) {
    const hosts = zones.some((z) => {
      const city = k.cityOfZone(z);
      return city === null || city === location.city;
    });
    return hosts ? { fit: null, zone: null } : { fit: false, zone: null };
  }
  return { fit: null, zone: null };
}

export function listZoneNames(zones: readonly ZoneName[]): string {
  return zones.map((z) => z.name).join("、");
}
