import { phrasing } from "./data/phrasing.js";
import { LexiconError } from "./lexicon.js";
import { PhrasingSchema, type Phrasing } from "./phrasing-schema.js";

let cached: Phrasing | null = null;

/** The shipped ask-kind cues, validated once on first use. */
export function defaultPhrasing(): Phrasing {
  if (cached) return cached;
  const parsed = PhrasingSchema.safeParse(phrasing);
  if (!parsed.success) throw new LexiconError(`问句词表有误：${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message ?? ""}`);
  const missing = parsed.data.priority.length !== new Set(parsed.data.priority).size || Object.keys(parsed.data.kinds).some((k) => !parsed.data.priority.includes(k as never));
  if (missing) throw new LexiconError("问句词表的 priority 必须恰好列出每种问法一次");
  cached = parsed.data;
  return cached;
}
