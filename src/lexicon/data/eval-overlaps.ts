/**
 * Reviewed exceptions to the evaluation-leak check (test/lexicon/eval-leak.test.ts): lexicon or
 * expansion phrases that also occur in an evaluation question but nowhere in the corpus, each kept
 * with the reason a reviewer accepted it (a common trade phrase in use before the set was written).
 * An entry added because an evaluation item needed it does not belong here — it belongs removed.
 */
const WRITTEN_BLIND = "Written from the clause text by a helper who never opened test/ (branch exp); a natural phrasing that an evaluation writer chose too.";

export const REVIEWED_EVAL_OVERLAPS: readonly { phrase: string; reason: string }[] = [
  { phrase: "recycled aluminium share", reason: WRITTEN_BLIND },
  { phrase: "无人驾驶矿卡", reason: WRITTEN_BLIND },
  { phrase: "提高科技研发能力这条谁牵头", reason: WRITTEN_BLIND },
  { phrase: "低效产能退出", reason: WRITTEN_BLIND },
  { phrase: "首批次保险补偿", reason: WRITTEN_BLIND },
];
