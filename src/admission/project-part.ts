import { ADMISSION_TERMS as terms } from "./admission-terms.js";
import { segmentsOf, type Segment } from "./read-fact-state.js";

/**
 * Which part of a description is the project being proposed. A description often says more than the
 * project: the plant next door that supplies it, the company's other plants, the first phase already
 * producing, the old site a relocation leaves. Those parts are context: what they say is built, where
 * they are and which approvals they hold are not the project's facts. What is left is the part judged.
 */
export interface ProjectPart {
  /** Clauses (offsets into the folded text) that describe something other than the project. */
  context: Segment[];
  /** The phase judged when the text names several (二期), else null. */
  judgedPhase: string | null;
  /** What was set aside, in the text's own words, for the report to say. */
  setAside: string[];
}

const PHASE_RE = new RegExp(terms.phases.marker, "g");
const PROSPECTIVE = terms.actions.filter((a) => a.action !== "现有").flatMap((a) => a.terms);
const EXISTING = terms.actions.find((a) => a.action === "现有")?.terms ?? [];
const OPERATING_RES = terms.operating.patterns.map((src) => new RegExp(src, "i"));

/** A clause or span says the project will do something (拟扩建、准备新建、打算上). */
export function saysProspective(text: string): boolean {
  const bare = text.replace(PHASE_RE, "");
  return PROSPECTIVE.some((w) => bare.includes(w)) || terms.phases.intent.some((w) => bare.includes(w));
}

/** A clause or span says a plant already stands or produces (已投产、已建成、在产、运行多年). */
export function saysExisting(text: string): boolean {
  return EXISTING.some((w) => text.includes(w)) || OPERATING_RES.some((re) => re.test(text));
}

/** A clause about another plant the project draws on or sits by (来自、依托、旁边的、就近). */
export function isAboutElsewhere(segment: string): boolean {
  return terms.elsewhereCues.some((c) => segment.includes(c));
}

/** A relocation's clause about the plant it leaves (老厂还在生产、老厂有环评), not naming the new site. */
export function isAboutOldSite(segment: string): boolean {
  const r = terms.relocation;
  return r.oldSite.some((w) => segment.includes(w)) && !r.newSite.some((w) => segment.includes(w));
}

/**
 * The project's part of a description. `projectTypesIn` tells which project types a span names, so a
 * clause about an existing plant of another type ("园区内已建成一家电解铝厂，拟新建铝箔项目") is set
 * aside when the proposed clauses name the project's own type.
 */
export function readProjectPart(folded: string, relocation: boolean, projectTypesIn: (s: Segment) => string[]): ProjectPart {
  const segments = segmentsOf(folded);
  const context: Segment[] = [];
  const setAside: string[] = [];
  const phases = readPhases(folded);
  let judgedPhase: string | null = null;
  if (phases) {
    judgedPhase = phases.judged.join("、");
    for (const p of phases.setAside) {
      context.push({ text: folded.slice(p.start, p.end), start: p.start, end: p.end });
      setAside.push(`${p.label}（已建成的部分）`);
    }
  }
  const inContext = (s: Segment) => context.some((c) => s.start >= c.start && s.end <= c.end);
  // "我们打算在旁边新上一条铝箔线": a clause placing the project by another plant still proposes it.
  const proposed = segments.filter((s) => !inContext(s) && saysProspective(s.text));
  const proposedTypes = new Set(proposed.flatMap(projectTypesIn));
  for (const s of segments) {
    // A supplier's clause (铝矿全部外购、铝液来自旁边的电解铝厂) still states the project's own facts
    // (it has no mine): it is left to the readers of types and actions (isAboutElsewhere).
    if (inContext(s) || isAboutElsewhere(s.text) || saysProspective(s.text)) continue;
    // The clause moving the plant (老厂迁建到开阳) is the project's; one about the plant left is not.
    if (relocation && isAboutOldSite(s.text)) {
      context.push(s);
      continue;
    }
    // A plant standing beside a proposed project is context when it is plainly another plant: named as
    // one (另一家、旗下、园区内已有一家) or a standing plant of a type the proposed clauses do not name.
    if (!proposed.length) continue;
    const types = projectTypesIn(s);
    const otherType = saysExisting(s.text) && proposedTypes.size > 0 && types.length > 0 && types.every((t) => !proposedTypes.has(t));
    if (otherType || terms.otherPlantCues.some((c) => s.text.includes(c))) {
      context.push(s);
      setAside.push(s.text);
    }
  }
  return { context: context.sort((a, b) => a.start - b.start), judgedPhase, setAside };
}

interface PhaseSpan {
  label: string;
  start: number;
  end: number;
}

/**
 * Phases named in the text (一期…，二期…): each runs from its marker to the next. When some phases
 * already stand and another is proposed, the proposed ones are judged and the standing ones set aside;
 * otherwise (all proposed, all standing, one phase) the text is one project and null is returned.
 */
function readPhases(folded: string): { judged: string[]; setAside: PhaseSpan[] } | null {
  const marks = [...folded.matchAll(PHASE_RE)];
  if (marks.length < 2) return null;
  // A phase starts with the clause its marker is in ("我们一期…" is the first phase's clause).
  const segments = segmentsOf(folded);
  const starts = marks.map((m, i) => {
    const clause = segments.find((s) => s.start <= m.index && m.index < s.end)?.start ?? m.index;
    return i > 0 && clause <= marks[i - 1]!.index ? m.index : clause;
  });
  const spans: PhaseSpan[] = marks.map((m, i) => ({ label: m[0], start: starts[i]!, end: starts[i + 1] ?? folded.length }));
  // "一期、二期都已建成": a phase named only in a list shares what the next one's span says.
  const stateText = (i: number): string => {
    const text = folded.slice(spans[i]!.start, spans[i]!.end);
    const bare = text.replace(PHASE_RE, "").replace(/[、，,和与及跟以]/g, "").trim();
    return bare === "" && i + 1 < spans.length ? stateText(i + 1) : text;
  };
  const standing = spans.filter((_, i) => saysExisting(stateText(i)) && !saysProspective(stateText(i)));
  const judged = spans.filter((s) => !standing.includes(s));
  if (!standing.length || !judged.length) return null;
  return { judged: [...new Set(judged.map((s) => s.label))], setAside: standing };
}

/** A text with the given spans blanked out (same length, so offsets stay valid). */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + "□".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
