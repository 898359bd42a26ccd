/**
 * One key for the forms an English word takes, so the lexicon's English side and the ask cues are
 * written once and still meet how people inflect and spell: "smelters"/"smelter", "mines"/"mine",
 * "recycled"/"recycle", "policies"/"policy", "digitalisation"/"digitalization",
 * "aluminum"/"aluminium", "centre"/"center", "Qīngzhèn"/"qingzhen" — but not "-ing" (below). Applied to both sides of every English
 * comparison (lexicon forms when the lexicon is built, the question when it is matched), so the key
 * never has to be a real word: it is Porter's first step (plurals, -ed, -y) and the dropped
 * final -e of his fifth, over British/American spellings folded first. Those two steps alone merge
 * almost no distinct words (the later Porter steps would: general/generate, police/policy).
 */

/** British and American spellings that no suffix rule reaches, as the one form both fold to. */
const SPELLINGS: Readonly<Record<string, string>> = {
  aluminum: "aluminium", aluminums: "aluminiums",
  centre: "center", centres: "centers", metre: "meter", metres: "meters", litre: "liter", litres: "liters",
  fibre: "fiber", fibres: "fibers", licence: "license", licences: "licenses", defence: "defense",
  programme: "program", programmes: "programs", tonne: "ton", tonnes: "tons",
  sulphate: "sulfate", sulphates: "sulfates", sulphur: "sulfur", sulphuric: "sulfuric", desulphurisation: "desulfurization",
  labour: "labor", colour: "color", favour: "favor", favourable: "favorable", neighbouring: "neighboring", behaviour: "behavior",
  catalogue: "catalog", catalogues: "catalogs", analyse: "analyze", analysed: "analyzed", analysing: "analyzing",
  ageing: "aging", modelling: "modeling", travelling: "traveling", labelling: "labeling", fuelled: "fueled", signalling: "signaling",
  enrolment: "enrollment", fulfil: "fulfill", grey: "gray", mould: "mold", moulds: "molds", storey: "story",
};

const VOWEL = /[aeiou]/;

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!;
  if ("aeiou".includes(c)) return false;
  // y after a consonant is a vowel (happy), otherwise a consonant (yes, toy).
  return c === "y" ? i === 0 || !isConsonant(w, i - 1) : true;
}

/** Porter's measure: the number of vowel–consonant sequences in a stem. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const vowel = !isConsonant(stem, i);
    if (!vowel && prevVowel) m++;
    prevVowel = vowel;
  }
  return m;
}

const hasVowel = (stem: string): boolean => [...stem].some((_, i) => !isConsonant(stem, i));

/** consonant–vowel–consonant at the end, the last not w, x or y (hop, mine's min). */
function endsCvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !"wxy".includes(w[n - 1]!);
}

function endsDouble(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/**
 * Words of the question's grammar (can, new, will, us…) that another word's stem must not become:
 * "cans", "news", "wills" keep their own form, or "can we" would read as aluminium cans.
 */
const GRAMMAR = new Set([
  "a", "an", "as", "at", "be", "by", "do", "in", "is", "it", "no", "of", "on", "or", "so", "to", "up", "us", "we",
  "all", "and", "any", "are", "can", "did", "for", "has", "how", "its", "may", "new", "not", "now", "one", "our", "out", "own",
  "per", "the", "was", "who", "why", "will", "what", "when", "which", "where", "there", "this", "that", "them", "then", "than",
  "they", "with", "from", "must", "does", "some", "your",
]);

/**
 * Plurals that are words of their own, not more of the singular: futures (the market) is not the
 * future, customs not a custom, forms (to fill in) not a form of support, fines not "fine".
 */
const OWN_PLURALS = new Set(["futures", "forms", "fines", "customs", "earnings", "savings", "premises", "means", "works", "goods", "quarters", "damages", "arms"]);

/** The key of one lower-case Latin word (letters only). */
export function canonWord(word: string): string {
  if (OWN_PLURALS.has(word)) return word;
  const key = stem(word);
  return key !== word && GRAMMAR.has(key) ? word : key;
}

function stem(word: string): string {
  let w = SPELLINGS[word] ?? word;
  // -ise/-ize, -isation/-ization, -yse/-yze: the s and z forms meet at s.
  w = w.replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, "is$1").replace(/yz(e|ed|es|ing)$/, "ys$1");
  if (w.length <= 3) {
    // Acronym plurals (evs, smes' short kin): a final s after a consonant is a plural; gas, bus, yes stay.
    return w.length === 3 && w.endsWith("s") && !VOWEL.test(w[1]!) && w[1] !== "s" ? w.slice(0, 2) : w;
  }
  // Step 1a: plurals.
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (w.endsWith("ss")) { /* stays */ }
  else if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  let stripped = false;
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  }
  // -ing stays (its plural -ings goes above): an -ing word is as often a noun of its own as the verb's
  // form — training is not train, sorting not sort, filing not file, listing not list — and pinyin
  // place names end in -ing (Guiding, Heping, Zhenning).
  if (stripped) {
    if (/(?:at|bl|is)$/.test(w)) w += "e";
    else if (endsDouble(w) && !"lsz".includes(w.at(-1)!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += "e";
  }
  // Step 1c: a final y after a vowel-bearing stem is i (policy, policies → polici).
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  // Step 5a: a final e goes, unless the stem is short and ends cvc (mine, use → us, refine → refin).
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  return w;
}

export interface EnglishCanon {
  /** The text with every Latin word replaced by its key (canonWord); everything else as it was. */
  text: string;
  /** For each character of `text`, where the word (or character) it comes from starts and ends in the source. */
  start: number[];
  end: number[];
}

let last: { source: string; canon: EnglishCanon } | null = null;

/**
 * The canonical view of a folded text (lower case, see foldText): Latin letters lose their diacritics
 * (pinyin typed with tones: qīngzhèn) and each word becomes its key. Offsets map back to the source, so
 * a match found in the view is a span of the text the caller holds. The last result is kept: one
 * message is matched by the lexicon and read for ask cues, and the view is built once for both.
 */
export function canonEnglish(folded: string): EnglishCanon {
  if (last?.source === folded) return last.canon;
  const canon = buildCanon(folded);
  last = { source: folded, canon };
  return canon;
}

/** The key of a whole English phrase (lexicon form, ask cue): each word keyed, separators kept. */
export function canonPhrase(phrase: string): string {
  return buildCanon(phrase).text;
}

function buildCanon(folded: string): EnglishCanon {
  const plain = folded.replace(/[\u00c0-\u024f]/g, (ch) => ch.normalize("NFD")[0]!);
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const m of plain.matchAll(/[a-z]+/g)) {
    for (; i < m.index; i++) {
      text += plain[i];
      start.push(i);
      end.push(i + 1);
    }
    const key = canonWord(m[0]);
    const wEnd = m.index + m[0].length;
    text += key;
    for (let k = 0; k < key.length; k++) {
      start.push(m.index);
      end.push(wEnd);
    }
    i = wEnd;
  }
  for (; i < plain.length; i++) {
    text += plain[i];
    start.push(i);
    end.push(i + 1);
  }
  return { text, start, end };
}
