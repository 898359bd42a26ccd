/**
 * Whether a content word names something (a place, organisation, product, figure) or only phrases
 * the question (verbs, adverbs, adjectives, particles, idioms, direction and pronoun words). Only a
 * naming word the corpus has never seen says the question is about something else; an unknown
 * phrasing word (要冲, 吃掉, 以后, 的话) is just how the user talks.
 */
export type WordRole = "name" | "weakName" | "phrasing";

/** jieba tags: n* nouns, j abbreviations, t time nouns; "syn" glossary phrases, "num" figures. */
export function classifyWordRole(tag: string): WordRole {
  if (tag === "syn" || tag === "num" || tag === "j") return "name";
  // English has no part of speech here; an unknown English word is weak evidence (see judge-scope).
  if (tag === "eng") return "weakName";
  // vn (消化, 融资) is a verb used as a noun; it names an action, not a thing.
  if (tag === "vn") return "phrasing";
  if (tag.startsWith("n")) return "name";
  if (tag === "t") return "weakName";
  return "phrasing";
}
