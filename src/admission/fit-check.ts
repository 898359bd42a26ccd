import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { applyShortAnswer } from "./apply-short-answer.js";
import { buildReportWithPending } from "./build-report.js";
import { isUnknownAnswer } from "./read-fact-state.js";
import { extractProfile } from "./extract-profile.js";
import type { AskedQuestion, FitCheckState } from "./fit-check-state.js";
import { mergeProfiles, type ProjectProfile } from "./profile-schema.js";
import type { AdmissionReport } from "./report-schema.js";

export interface FitCheckStep {
  state: FitCheckState;
  report: AdmissionReport;
  /** 1–2 Chinese questions to ask now; empty when the check is finished. */
  nextQuestions: string[];
  done: boolean;
}

/** Stops a conversation that keeps circling (an answer that never settles anything). */
const MAX_TURNS = 8;

/**
 * Starts a conversational check from a description. `extracted` lets a caller that ran the LLM
 * extractor pass its profile; otherwise the offline extractor reads the text. Pure.
 */
export function startCheck(description: string, k: AdmissionKnowledge, extracted?: ProjectProfile): FitCheckStep {
  const profile = extracted ?? extractProfile(description, k);
  const state: FitCheckState = {
    kind: "admission-check", version: 1, profile, asked: [], askedBefore: [], declined: [], turns: 0, done: false,
  };
  return advance(state, k);
}

/**
 * Merges one answer into the state and returns the next step. The answer is read twice: as free
 * text (numbers, zones, explicit facts) and as a short reply to the questions just asked.
 */
export function continueCheck(state: FitCheckState, answer: string, k: AdmissionKnowledge, extracted?: ProjectProfile): FitCheckStep {
  const declined = [...state.declined];
  if (isUnknownAnswer(answer)) {
    declined.push(...state.asked.map((q) => q.question));
    return finish({ ...state, declined, turns: state.turns + 1 }, k);
  }
  const merged = mergeProfiles(state.profile, extracted ?? extractProfile(answer, k));
  const profile = applyShortAnswer(merged, answer, state.asked);
  // An unanswered question counts as "don't know" when the whole answer settled nothing, or when it
  // was already asked once before: either way it is not asked again, so the check never loops.
  const untouched = state.asked.filter((q) => q.facts.every((f) => JSON.stringify(profile[f]) === JSON.stringify(state.profile[f])));
  const nothingSettled = untouched.length === state.asked.length;
  for (const q of untouched) if (nothingSettled || state.askedBefore.includes(q.question)) declined.push(q.question);
  const askedBefore = [...new Set([...state.askedBefore, ...state.asked.map((q) => q.question)])];
  const next: FitCheckState = { ...state, profile, declined, askedBefore, turns: state.turns + 1 };
  return next.turns >= MAX_TURNS ? finish(next, k) : advance(next, k);
}

function advance(state: FitCheckState, k: AdmissionKnowledge): FitCheckStep {
  const { report, evaluation } = buildReportWithPending(state.profile, k);
  const open = evaluation.pending.filter((p) => !state.declined.includes(p.question));
  if (open.length === 0) return { state: { ...state, asked: [], done: true }, report, nextQuestions: [], done: true };
  const asked = pickBatch(open);
  return { state: { ...state, asked, done: false }, report, nextQuestions: asked.map((q) => q.question), done: false };
}

function finish(state: FitCheckState, k: AdmissionKnowledge): FitCheckStep {
  const { report } = buildReportWithPending(state.profile, k);
  return { state: { ...state, asked: [], done: true }, report, nextQuestions: [], done: true };
}

/** Two questions at a time, but a question about type or action alone: its answer changes the rest. */
function pickBatch(open: AskedQuestion[]): AskedQuestion[] {
  const first = open[0]!;
  const gating = (q: AskedQuestion) => q.facts.includes("projectType") || q.facts.includes("action");
  if (gating(first)) return [first];
  const second = open[1];
  return second && !gating(second) ? [first, second] : [first];
}
