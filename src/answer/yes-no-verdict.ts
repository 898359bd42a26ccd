/**
 * The opening of an answer to a yes/no question ("可以…吗", "能不能…", "Is it allowed…"), read from the
 * wording of the sentences that answer it — never guessed: a ban (严禁、不得、严厉打击…) says no, a
 * condition (原则上、须、按程序…) says yes-if, guidance (鼓励、支持…) says yes, an exit order says the
 * thing is being phased out. Mixed wording gives the conditional verdict, which is what such a clause means.
 */
const BAN = /严禁|禁止|不得|严厉打击|坚决遏制|杜绝|不予/;
const EXIT = /有序退出|淘汰|清零|退出/;
// 应 as "must", not inside 应保尽保 (guarantee everything that should be guaranteed: support) nor inside a
// word (供应保障, 相应, 应用, 应急): "充分论证本地区废铝资源、供应保障" sets no condition.
const CONDITION = /原则上|须|必须|应当|应具有|(?<![供响相对适反效回呼顺答])应(?!保尽保|用|急|对)|按程序|依法依规|满足|要组织|审慎/;
const ENCOURAGE = /鼓励|支持|推动|引导|积极|加快|培育|推进|提高|加大|保障|应保尽保|优先/;

export type YesNoVerdict = "no" | "conditional" | "phase-out" | "yes" | "unclear";

export function readVerdict(sentences: readonly string[]): YesNoVerdict {
  const text = sentences.join("");
  const ban = BAN.test(text);
  const allow = ENCOURAGE.test(text) || CONDITION.test(text);
  if (ban && allow) return "conditional";
  if (ban) return "no";
  if (EXIT.test(text) && !/支持.{0,12}(?:建设|发展|布局)/.test(text)) return "phase-out";
  if (CONDITION.test(text)) return "conditional";
  if (ENCOURAGE.test(text)) return "yes";
  return "unclear";
}

const OPENING: Record<YesNoVerdict, string> = {
  no: "不可以：文件明确禁止。",
  conditional: "有条件：符合文件要求的可以，否则不行。",
  "phase-out": "文件的态度是逐步退出、不再发展。",
  yes: "可以：文件鼓励、支持。",
  unclear: "文件没有直接回答“可以/不可以”，相关规定如下。",
};

/** "有没有…": the document has it (its sentence follows), worded by its strength. */
const EXISTENCE: Record<YesNoVerdict, string> = {
  no: "文件明确禁止。",
  conditional: "有，但有条件：须符合文件的要求。",
  "phase-out": "文件的态度是逐步退出、不再发展。",
  yes: "有：文件鼓励、支持。",
  unclear: "有，文件的相关内容如下。",
};

/** "听说…是真的吗": the claim is borne out by the document's sentence (or contradicted by a ban). */
const TRUTH: Record<YesNoVerdict, string> = {
  no: "不是：文件明确禁止。",
  conditional: "是的，但有条件：须符合文件的要求。",
  "phase-out": "文件的态度是逐步退出、不再发展。",
  yes: "是的：文件鼓励、支持。",
  unclear: "文件有相关内容，原文如下。",
};

/** The condition a conditional verdict names, at most this long (a whole sentence would repeat the quote). */
const CONDITION_MAX = 40;

/**
 * The words of the sentences that set the condition ("原则上应具有与产能相匹配的铝土矿资源"), verbatim: the
 * first comma-separated part with a condition word; null when none does or it is too long to name.
 */
export function readCondition(sentences: readonly string[]): string | null {
  for (const s of sentences) {
    for (const part of s.split(/[，,；;。]/)) {
      const p = part.trim();
      if (p && CONDITION.test(p) && p.length <= CONDITION_MAX) return p;
    }
  }
  return null;
}

/**
 * The opening: the verdict, and for a conditional one the condition itself, quoted from the sentence that
 * sets it ("有条件：文件要求“原则上应具有与产能相匹配的铝土矿资源”，符合的可以，否则不行。").
 */
export function verdictOpening(v: YesNoVerdict, form: "permission" | "existence" | "truth" = "permission", condition: string | null = null): string {
  if (v === "conditional" && condition) {
    const named = `文件要求“${condition}”`;
    return form === "existence" ? `有，但有条件：${named}。` : form === "truth" ? `是的，但有条件：${named}。` : `有条件：${named}，符合的可以，否则不行。`;
  }
  return (form === "existence" ? EXISTENCE : form === "truth" ? TRUTH : OPENING)[v];
}
