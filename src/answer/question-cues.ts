import { questionCues as cues } from "../lexicon/data/question-cues.js";

/** Hand-kept question vocabulary (src/lexicon/data/question-cues.ts), typed once for every consumer. */
export interface QuestionCues {
  types: Record<string, string[]>;
  priority: string[];
  topicNoise: string[];
  particles: string;
  placeSuffixes: string[];
  ruleWords: string[];
  supportWords: string[];
  followUpCues: string[];
  chitChat: string[];
}

export function loadQuestionCues(): QuestionCues {
  return cues as QuestionCues;
}
