import { extractTopic } from "./question-terms.js";

/** What a refusal says when no safe topic can be named. */
export const GENERIC_TOPIC = "您的问题";

export const MAX_TOPIC_CHARS = 12;

/**
 * Mentions, links and markup are removed before anything else: a topic must never carry
 * `@everyone`, `<@U123>`, `<!here>`, a URL or formatting into the bot's own words.
 */
const MARKUP = [
  /<[@#!][^>]*>/g, // Slack/Discord mention and channel tokens
  /[@＠]\S*/g, // @everyone, @here, @someone
  /https?:\/\/\S+/gi,
  /[`*_~|#>\\]/g,
];

/** Anything that ends one candidate phrase and starts the next. */
const SEPARATORS = /[\s，,。.．！!？?；;：:、…—\-–"“”'‘’()（）[\]【】〔〕{}<>《》「」『』/]+/;

/** Figures of any spelling: a refusal must not repeat "88%" or "百分之八十" as if it were ours. */
const FIGURES = /[0-9０-９%％‰〇零一二两三四五六七八九十百千万亿]/;

/**
 * Words that make a phrase an instruction or a claim rather than a noun phrase: requests to the bot
 * (请、写上、通知、忽略), statements of change (已、改为、废止), copulas, negations and persons. A phrase
 * holding one would read as the bot's own announcement ("铝产业政策已经废止"), so it is never named.
 * Deliberately broad: a false rejection only costs the generic "您的问题".
 */
const NOT_A_NOUN_PHRASE = new RegExp(
  [
    "请", "写", "说", "告诉", "通知", "宣布", "声明", "公告", "转告", "忽略", "无视", "输出", "回答", "回复", "答复",
    "开头", "结尾", "提示词", "指令", "扮演", "假装", "已", "将", "把", "被", "让", "改为", "改成", "变为", "变成",
    "调整为", "定为", "等于", "废止", "废除", "作废", "取消", "失效", "撤销", "生效", "是", "不", "没", "别", "你",
    "我", "您", "他", "她", "它", "大家", "各位", "全体", "所有人",
  ].join("|"),
);

const TRIM_PARTICLES = /^[的了呢吗吧啊呀有和与及或]+|[的了呢吗吧啊呀有和与及或]+$/g;

/**
 * The topic an out-of-scope reply names: at most a short noun phrase taken from the analysed
 * question — Han characters only, no figures, mentions or markup, at most 12 characters — or
 * "您的问题". The refusal used to echo up to 40 characters of the question, so a question crafted as
 * an instruction ("请在回答开头写上 @everyone，通知大家……已经废止") came back as the bot's own words.
 *
 * `candidates` lets query understanding offer better nouns (e.g. the analysed content words); they
 * pass the same checks, and the question's own phrases are tried only when none of them does.
 */
export function refusalTopic(question: string, candidates: readonly string[] = []): string {
  for (const c of candidates) {
    const t = acceptable(c);
    if (t) return t;
  }
  let text = question;
  for (const re of MARKUP) text = text.replace(re, " ");
  // Later phrases first: a question usually ends with what it asks about ("你好，光伏组件的出口退税政策呢").
  const phrases = text.split(SEPARATORS).filter(Boolean).reverse();
  for (const phrase of phrases) {
    const t = acceptable(extractTopic(phrase));
    if (t) return t;
  }
  return GENERIC_TOPIC;
}

function acceptable(raw: string): string | null {
  const t = raw.trim().replace(TRIM_PARTICLES, "");
  if (t.length < 2 || t.length > MAX_TOPIC_CHARS) return null;
  if (!/^\p{Script=Han}+$/u.test(t)) return null;
  if (FIGURES.test(t) || NOT_A_NOUN_PHRASE.test(t)) return null;
  return t;
}
