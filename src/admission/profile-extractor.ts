import type { ProjectProfile } from "./profile-schema.js";

/** Turns a plain-Chinese project description into a profile. */
export interface ProfileExtractor {
  extract(text: string): Promise<ProjectProfile>;
}
