import { canonEnglish, canonPhrase, type EnglishCanon } from "../text/english-canon.js";
import { foldText } from "../text/fold-text.js";
import { createLatinHeadIndex, type LatinHeadIndex } from "../text/latin-head-index.js";
import { createSubstringIndex } from "../text/substring-index.js";
import { findFrame } from "./frames.js";
import { mergeMistypes } from "./merge-mistypes.js";
import { createPinyinIndex } from "./pinyin-index.js";
import { spokenAlternates } from "./spoken-question-words.js";
import { conceptSchemas, type Concept, type ConceptKind, type LexiconSection } from "./concept-schema.js";

/** How a concept was found in a question: exact surface forms first, pinyin homophones last. */
export type MatchVia = "term" | "variant" | "english" | "mistype" | "frame" | "pinyin";

export interface ConceptMatch {
  concept: Concept;
  /** The surface form as it stands in the folded question. */
  surface: string;
  via: MatchVia;
  start: number;
  end: number;
}

export interface Lexicon {
  concepts: readonly Concept[];
  byId(id: string): Concept | undefined;
  ofKind(kind: ConceptKind): readonly Concept[];
  /** Non-overlapping concept mentions in folded text, longest surface form first, in text order. */
  match(folded: string, options?: MatchOptions): ConceptMatch[];
  /** The concept itself and every concept it is (transitively) a kind of. */
  ancestors(id: string): Concept[];
  /** Every surface form (folded) of every concept: for the segmenter's user dictionary. */
  surfaceForms(): string[];
  /** Folded forms a clause states a concept in (see FormScope). */
  forms(id: string, scope: FormScope): readonly string[];
}

/**
 * "own": a concept's terms and variants. "lineage": its variants and the terms of it and of every
 * concept it is a kind of (铝箔 → 中高端合金制品 → 铝精深加工). "family": lineage plus the terms of every
 * concept that is a kind of it — a clause stating 增值税即征即退 states a 税收优惠.
 */
export type FormScope = "own" | "lineage" | "family";

/** A concept's own forms (terms and variants), folded: the words a text states it in. */
export function ownForms(c: Concept): string[] {
  return [...new Set([...c.terms, ...c.variants].map(foldText))];
}

/**
 * What the caller knows about ordinary words. `isWord` says whether a short character sequence is a
 * word of the text people ask about (the query analyzer passes the corpus vocabulary): a two-character
 * homophone is only a mistype when its characters are not themselves such a word and it splits none
 * (到企 in 下来到企业走访 is 到 + 企业, not a mistyped 到期).
 */
export interface MatchOptions {
  isWord?: (text: string) => boolean;
  /**
   * Also read long forms mistyped in one character beside other matches (节能审察 among 环评、再生铝):
   * project descriptions list approvals by name, and a missed one turns into a wrong verdict. Off for
   * questions, where the ordinary homophone step covers a question that names nothing else, because
   * checking a candidate loads pinyin-pro (~80 ms of a cold ask) for most messages.
   */
  oneOffMistypes?: boolean;
}

export class LexiconError extends Error {}

interface Surface {
  form: string;
  concept: Concept;
  via: Exclude<MatchVia, "pinyin" | "frame">;
  /** Only Latin forms need a pattern (whole words), compiled on first need; others are found by their first character. */
  latin: boolean;
  /** A Latin form's words as keys (canonPhrase: smelters → smelter, aluminum → aluminium): what it is matched as. */
  key: string;
  re: RegExp | null;
  /** A Latin form's first key: a match contains it verbatim, so texts without it are skipped. */
  head: string;
  /** Its place among all forms, longest first: which of two equally long matches wins. */
  rank: number;
}

const CONTEXT: ReadonlySet<ConceptKind> = new Set(["place", "park", "department", "document"]);
const LATIN = /^[a-z0-9 .'&-]+$/;

/**
 * Builds the one domain lexicon from its sections, validating as it goes: a malformed entry, a
 * duplicate id, a surface form claimed by two concepts, a dangling or cyclic `broader`/`near` link
 * all throw a LexiconError that names the entry — a contradictory lexicon never loads.
 */
export function buildLexicon(sections: readonly LexiconSection[]): Lexicon {
  return assembleLexicon(validateLexiconSections(sections));
}

/** Each entry against its zod schema: the concepts as parsed (trimmed, defaults filled), in section order. */
export function validateLexiconSections(sections: readonly LexiconSection[]): Concept[] {
  const concepts: Concept[] = [];
  for (const raw of sections) {
    const parsed = conceptSchemas().LexiconSectionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.join(".") ?? "";
      const id = issue && issue.path[0] === "concepts" ? (raw.concepts[Number(issue.path[1])] as { id?: string } | undefined)?.id : undefined;
      throw new LexiconError(`词库分组 ${raw.section} 的条目 ${id ?? at} 有误：${issue?.message ?? ""}`);
    }
    concepts.push(...parsed.data.concepts);
  }
  return concepts;
}

/**
 * What assembling derives from the validated concepts, as plain data (so it can be kept beside the
 * concepts in the lexicon cache, see lexicon-cache.ts): every surface form folded, longest first, with
 * its concept (an index into the concepts), how it was written and its matching key (canonPhrase for a
 * Latin form), and each concept's ancestors. Deriving it runs every check across entries.
 */
export interface LexiconTables {
  /** [folded form, concept index, via, key]; key is null for a non-Latin form (its key is the form). */
  surfaces: [string, number, Exclude<MatchVia, "pinyin" | "frame">, string | null][];
  /** Per concept: the indices of the concept itself and of every concept it is (transitively) a kind of. */
  ancestors: number[][];
}

/**
 * The lexicon over concepts that passed their schema (validateLexiconSections, or a cache of its
 * output): the checks across entries (ids, links, cycles, shared forms) run here, each in one pass.
 */
export function assembleLexicon(concepts: readonly Concept[]): Lexicon {
  return lexiconFromTables(concepts, deriveLexiconTables(concepts));
}

/** The checks across entries and the folded, keyed surface forms (see LexiconTables). */
export function deriveLexiconTables(concepts: readonly Concept[]): LexiconTables {
  const byId = new Map<string, Concept>();
  for (const c of concepts) {
    if (byId.has(c.id)) throw new LexiconError(`词库概念 id 重复：${c.id}`);
    byId.set(c.id, c);
  }
  for (const c of concepts) {
    for (const ref of [...c.broader, ...c.near]) if (!byId.has(ref)) throw new LexiconError(`词库概念 ${c.id} 引用了不存在的概念 ${ref}`);
    if (c.kind !== "uncovered" && c.near.length) throw new LexiconError(`词库概念 ${c.id}：只有 uncovered 概念可以写 near`);
  }
  // Depth-first with memo: each concept's ancestors are computed once; a concept met again while its
  // own ancestors are being computed closes a cycle.
  const ancestors = new Map<string, Concept[]>();
  const inProgress: string[] = [];
  const ancestorsOf = (id: string): Concept[] => {
    const known = ancestors.get(id);
    if (known) return known;
    if (inProgress.includes(id)) throw new LexiconError(`词库概念的 broader 关系成环：${[...inProgress.slice(inProgress.indexOf(id)), id].join(" → ")}`);
    inProgress.push(id);
    const c = byId.get(id)!;
    const seen = new Map<string, Concept>([[c.id, c]]);
    for (const b of c.broader) for (const a of ancestorsOf(b)) seen.set(a.id, a);
    inProgress.pop();
    const list = [...seen.values()];
    ancestors.set(id, list);
    return list;
  };
  for (const c of concepts) ancestorsOf(c.id);
  const index = new Map(concepts.map((c, i) => [c, i]));

  const surfaces: LexiconTables["surfaces"] = [];
  const owner = new Map<string, Concept>();
  const latinKeys = new Map<string, Concept>();
  const add = (form: string, concept: Concept, via: Surface["via"]) => {
    const f = foldText(form);
    const prior = owner.get(f);
    if (prior && prior.id !== concept.id) throw new LexiconError(`词“${form}”同时属于概念 ${prior.id} 和 ${concept.id}`);
    if (prior) return;
    owner.set(f, concept);
    const latin = LATIN.test(f);
    const key = latin ? canonPhrase(f) : null;
    // Two English forms of two concepts may differ only as inflections of one another (mines, mining):
    // matched by key, they would be one form claimed twice.
    const keyOwner = key !== null ? latinKeys.get(key) : undefined;
    if (keyOwner && keyOwner.id !== concept.id) throw new LexiconError(`英文词“${form}”与概念 ${keyOwner.id} 的英文词只差词形变化（同为 ${key}），却属于概念 ${concept.id}`);
    if (key !== null) latinKeys.set(key, concept);
    surfaces.push([f, index.get(concept)!, via, key]);
  };
  for (const c of concepts) {
    for (const t of c.terms) add(t, c, "term");
    for (const t of c.variants) add(t, c, "variant");
    for (const t of c.english) add(t, c, "english");
    for (const t of c.mistypes) add(t, c, "mistype");
  }
  // Spoken question words (啥时候印发 for 什么时候印发, 咋申请 for 怎么申请): every form written with one
  // gets the others, after every written form, so a form someone wrote for another concept wins.
  for (const c of concepts) {
    for (const t of c.variants) for (const alt of spokenAlternates(foldText(t))) if (!owner.has(alt)) add(alt, c, "variant");
  }
  // Stable: forms of one length keep the order they were added in (their rank when matches tie).
  surfaces.sort((a, b) => b[0].length - a[0].length);
  return { surfaces, ancestors: concepts.map((c) => ancestors.get(c.id)!.map((a) => index.get(a)!)) };
}

/**
 * The lexicon from its concepts and the tables derived from them (deriveLexiconTables, or the cache
 * of its output for these same concepts): only maps and indices are built here — no folding, no
 * checks — which is what a cold start pays on a cache hit.
 */
export function lexiconFromTables(concepts: readonly Concept[], tables: LexiconTables): Lexicon {
  const byId = new Map<string, Concept>(concepts.map((c) => [c.id, c]));
  const ancestors = new Map<string, Concept[]>(concepts.map((c, i) => [c.id, tables.ancestors[i]!.map((a) => concepts[a]!)]));
  const descendants = new Map<string, Concept[]>();
  for (const c of concepts) for (const a of ancestors.get(c.id)!) if (a.id !== c.id) descendants.set(a.id, [...(descendants.get(a.id) ?? []), c]);
  const owner = new Set<string>();
  const surfaces: Surface[] = tables.surfaces.map(([form, ci, via, k], rank) => {
    owner.add(form);
    const key = k ?? form;
    return { form, concept: concepts[ci]!, via, latin: k !== null, key, re: null, head: key.split(/[\s-]+/)[0]!, rank };
  });
  const pinyinIndex = createPinyinIndex(surfaces);
  // Non-Latin forms in one substring index: a question is scanned once, not once per form.
  const nonLatin = createSubstringIndex(surfaces.filter((s) => !s.latin), (s) => s.form);
  // Only a key with the word-boundary pattern may be pre-filtered by its first word (see surfacePattern).
  // Built on the first question with Latin letters: most questions have none.
  let latinHeads: LatinHeadIndex<Surface> | null = null;
  const latinHeadIndex = () => (latinHeads ??= createLatinHeadIndex(surfaces.filter((s) => s.latin), (s) => (LATIN.test(s.key) ? s.head : "")));
  const frames = concepts.flatMap((concept) =>
    concept.frames.map((groups) => ({ concept, groups: groups.map((g) => g.map((w) => { const f = foldText(w); return { form: f, re: LATIN.test(f) ? surfacePattern(canonPhrase(f)) : null }; })) })),
  );

  const formCache = new Map<string, readonly string[]>();
  const forms = (id: string, scope: FormScope): readonly string[] => {
    const key = `${scope}:${id}`;
    let f = formCache.get(key);
    if (!f) {
      const c = byId.get(id);
      const lineage = () => [...c!.variants, ...(ancestors.get(id) ?? []).flatMap((a) => a.terms)];
      const raw = !c
        ? []
        : scope === "own"
          ? ownForms(c)
          : scope === "lineage"
            ? lineage()
            : [...lineage(), ...(descendants.get(id) ?? []).flatMap((d) => d.terms)];
      f = [...new Set(raw.map(foldText))];
      formCache.set(key, f);
    }
    return f;
  };

  return {
    concepts: [...concepts],
    forms,
    byId: (id) => byId.get(id),
    ofKind: (kind) => concepts.filter((c) => c.kind === kind),
    ancestors: (id) => ancestors.get(id) ?? [],
    surfaceForms: () => surfaces.map((s) => s.form),
    match(folded, options) {
      const taken = new Array<boolean>(folded.length).fill(false);
      const out: ConceptMatch[] = [];
      // Every occurrence of every form, then the longest taken first (ties: earlier first), so the
      // result is what matching each form longest-first would give, found in one pass over the text.
      const found: { s: Surface; start: number; end: number; surface: string }[] = [];
      for (const { item: s, start, end } of nonLatin.occurrences(folded)) found.push({ s, start, end, surface: s.form });
      // English is matched in its canonical view (inflections and spellings folded), mapped back to the text.
      let view: EnglishCanon | undefined;
      // Digits too: a year written alone ("到2027，") is a form of this view as much as a word is.
      if (/[a-z0-9\u00c0-\u024f]/.test(folded)) {
        view = canonEnglish(folded);
        for (const s of latinHeadIndex().candidates(view.text)) {
          const re = (s.re ??= surfacePattern(s.key));
          re.lastIndex = 0;
          for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
            const start = view.start[m.index]!, end = view.end[m.index + m[0].length - 1]!;
            found.push({ s, start, end, surface: folded.slice(start, end) });
          }
        }
      }
      found.sort((a, b) => b.s.form.length - a.s.form.length || a.s.rank - b.s.rank || a.start - b.start);
      for (const f of found) {
        if (taken.slice(f.start, f.end).some(Boolean)) continue;
        taken.fill(true, f.start, f.end);
        out.push({ concept: f.s.concept, surface: f.surface, via: f.s.via, start: f.start, end: f.end });
      }
      // Frames add a concept named by words apart ("申请补贴要准备哪些材料"); they take no characters,
      // because each of their words may also be a concept of its own (补贴 stays 补贴).
      const named = new Set(out.map((m) => m.concept.id));
      for (const f of frames) {
        if (named.has(f.concept.id)) continue;
        const hit = findFrame(folded, f.groups, out, view);
        if (!hit) continue;
        named.add(f.concept.id);
        out.push({ concept: f.concept, surface: folded.slice(hit.start, hit.end), via: "frame", start: hit.start, end: hit.end });
      }
      // Homophone matching only when the exact forms found nothing a question is about (a place or a
      // department is context): "氧化吕厂在清镇能建吗" needs it, "电解铝的槽子" does not — and most
      // questions never load the pinyin tables at all.
      if (!out.some((m) => !CONTEXT.has(m.concept.kind))) {
        const isWord = (text: string) => owner.has(text) || (options?.isWord?.(text) ?? false);
        const homophones = pinyinIndex.match(folded, new Array<boolean>(folded.length).fill(false), isWord);
        return mergeMistypes(out, homophones.map((match) => ({ match })));
      }
      // A description about something else may still mistype a long form in one character (节能审察);
      // asked for, those are read wherever they stand.
      if (!options?.oneOffMistypes) return out.sort((a, b) => a.start - b.start);
      return mergeMistypes(out, pinyinIndex.matchOneOff(folded, new Array<boolean>(folded.length).fill(false)));
    },
  };
}

function surfacePattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  if (!LATIN.test(form)) return new RegExp(escaped, "g");
  // A number alone (a year) is bounded by digits only: folding writes "the 2027 targets" as
  // "2027targets", a number and the word after it glued as a unit is ("200t").
  if (/^[0-9]+$/.test(form)) return new RegExp(`(?<![0-9])${escaped}(?![0-9])`, "g");
  // Latin terms match whole words of the canonical view, where "parks" is already "park".
  return new RegExp(`(?<![a-z])${escaped.replace(/[ -]/g, "[\\s-]+")}(?![a-z])`, "g");
}

