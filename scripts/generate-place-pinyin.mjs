// Writes src/lexicon/data/place-pinyin.ts from the place names of divisions.ts and parks.ts, read with
// pinyin-pro (src/lexicon/place-syllables.ts). Run after `npm run build`: node scripts/generate-place-pinyin.mjs
import { writeFileSync } from "node:fs";
import { placePinyinSource } from "../dist/lexicon/place-pinyin-source.js";
writeFileSync(new URL("../src/lexicon/data/place-pinyin.ts", import.meta.url), placePinyinSource());
