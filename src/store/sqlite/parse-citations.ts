import { z } from "zod";
import { CitationSchema, type Citation } from "../../reply/reply-schema.js";

const CitationsSchema = z.array(CitationSchema);

/** Stored citations are our own JSON, but a hand-edited or damaged row must not break an export. */
export function parseCitations(json: string): Citation[] {
  try {
    return parseCitationsValue(JSON.parse(json));
  } catch {
    return [];
  }
}

/** The same check for a value the driver already parsed (PostgreSQL jsonb). */
export function parseCitationsValue(value: unknown): Citation[] {
  const parsed = CitationsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
