import type { LexiconSection } from "../concept-schema.js";
import { documentSection } from "./document.js";

/** Every section of the domain lexicon, in review order. Add a section here and it is validated at load. */
export const LEXICON_SECTIONS: readonly LexiconSection[] = [documentSection];
