import type { LexiconSection } from "../concept-schema.js";
import { departmentsSection } from "./departments.js";
import { documentSection } from "./document.js";
import { instrumentsSection } from "./instruments.js";
import { materialsSection } from "./materials.js";
import { metricsSection } from "./metrics.js";
import { parksSection } from "./parks.js";
import { placesSection } from "./places.js";
import { processesTechnologySection } from "./processes-technology.js";
import { productsSection } from "./products.js";
import { projectTypesSection } from "./project-types.js";
import { topicsSection } from "./topics.js";
import { uncoveredSection } from "./uncovered.js";

/**
 * Every section of the domain lexicon. Add a section here and it is validated at load.
 * The order matters: the matcher takes longer forms first and, among forms of equal length that overlap,
 * the one registered first. Subject words come before place names (so 真正安全 is 安全, not the county
 * 正安; 优惠水电 is 优惠 + 水电), and covered concepts come before uncovered ones (a tie never turns a
 * covered question into a refusal).
 */
export const LEXICON_SECTIONS: readonly LexiconSection[] = [
  documentSection,
  projectTypesSection,
  productsSection,
  materialsSection,
  processesTechnologySection,
  instrumentsSection,
  topicsSection,
  metricsSection,
  departmentsSection,
  parksSection,
  placesSection,
  uncoveredSection,
];
