import { createRequire } from "node:module";

/**
 * The toneless pinyin of a place name, one syllable per character, as pinyin-pro reads it — with the
 * readings place names give polyphonic characters where pinyin-pro's everyday reading differs
 * (都匀 is dū yún, not dōu). Used only to generate data/place-pinyin.ts (scripts/generate-place-pinyin.mjs)
 * and by the test that keeps that file current: nothing loads pinyin-pro at run time for it.
 */
const PLACE_READINGS: Readonly<Record<string, string>> = { 都: "du" };

const requireCjs = createRequire(import.meta.url);

export function placeSyllables(name: string): string[] {
  const { pinyin } = requireCjs("pinyin-pro") as typeof import("pinyin-pro");
  const syllables = pinyin(name, { toneType: "none", type: "array", v: true });
  return syllables.map((s, i) => PLACE_READINGS[name[i]!] ?? s);
}
