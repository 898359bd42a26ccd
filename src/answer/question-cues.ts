import cues from "../data/question-cues.json" with { type: "json" };

/** Hand-kept question vocabulary (src/data/question-cues.json), typed once for every consumer. */
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
