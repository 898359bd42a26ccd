import { z } from "zod";
import { FactStateSchema } from "./fact-state.js";

/**
 * The words that say where a fact stands (已、都批了 / 正在做、在办 / 打算 / 还没 / 后面再补 / 不清楚),
 * as one data module, validated when it loads: a state missing, a word listed under two states or a
 * bad order fails loudly at start-up instead of silently reading a state wrong. These are not domain
 * vocabulary (which facts a sentence talks about lives in the lexicon); they are how people say
 * "done", "in progress", "not yet".
 */
const RegexSource = z.string().min(2).refine((src) => {
  try {
    new RegExp(src);
    return true;
  } catch {
    return false;
  }
}, "不是有效的正则表达式");

const StateWordsSchema = z
  .object({
    /**
     * First match wins, in this order: the more specific statement before the general one, so
     * "还在申请" is in progress (not 还没), "不打算" refused (not 不), "已经在办" in progress (not 已).
     */
    order: z.array(FactStateSchema).length(FactStateSchema.options.length),
    words: z.record(FactStateSchema, z.array(z.string().min(1)).min(1)),
    /**
     * A state said with a small grammar where a word list cannot ("开工前全部办完", "动工之前一定拿到批复"):
     * regular expressions over the folded clause, checked at load, read with the state's words.
     */
    patterns: z.partialRecord(FactStateSchema, z.array(RegexSource)).default({}),
    /**
     * "Done" said with a verb and its result complement (批完、办好、配齐、拿下来、审过): every verb with
     * every complement is a done word, so 批完了 and 配好了 need no list of their own.
     */
    completion: z.object({ verbs: z.array(z.string().min(1)).min(1), complements: z.array(z.string().min(1)).min(1) }).optional(),
    /**
     * Still held, said with 在 at the end of the clause ("指标还在", "采矿证一直在手上"): done, read before
     * the ordered states – 还在 alone opens work in progress ("还在申请").
     */
    held: z.array(RegexSource).default([]),
    /** Compounds masked before reading (无害化 is not 无, 有序 is not 有, 未来 is not 未). */
    falseFriends: z.array(z.string().min(2)),
    /** The description says construction (or mining) starts before the approvals are in. */
    buildsFirst: z.array(z.string().min(2)),
    /**
     * The same said with a grammar where a word list cannot: 先 + what is built + a completion
     * ("先把厂房和槽子建起来", "先将生产线装好"). Regular expressions over the folded text, checked at load.
     */
    buildsFirstPatterns: z.array(RegexSource),
    /** Right before a builds-first word, these deny it ("不存在先建后批", "不会边建边办", "杜绝未批先建"). */
    buildsFirstNegations: z.array(z.string().min(1)).default([]),
    /** A clause opening with these leaves its facts out of what the next clause says of the rest ("除了水评，其他都批了"). */
    exceptCues: z.array(z.string().min(1)).default([]),
    /** "都/全部": one answer for every fact just asked. */
    allCues: z.array(z.string().min(1)),
    /**
     * A clause that only gives a timing continues the fact before it when it speaks of getting paperwork
     * done (开工前办齐、投产后再补办); "厂房后面再建" or "开工前把设备采购到位" is about something else.
     */
    timingVerbs: z.array(z.string().min(1)).min(1),
    /** Words that say a state of several things listed before (能评，环评都批了; 环评也办了). */
    listCues: z.array(z.string().min(1)),
    /** Answers that mean "I don't know / give me the report now". */
    unknownAnswers: z.array(z.string().min(2)),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.order).size !== v.order.length) ctx.addIssue({ code: "custom", message: "状态顺序中有重复" });
    const owner = new Map<string, string>();
    for (const [state, words] of Object.entries(v.words)) {
      for (const w of words ?? []) {
        const prior = owner.get(w);
        if (prior && prior !== state) ctx.addIssue({ code: "custom", message: `状态词“${w}”同时属于 ${prior} 和 ${state}` });
        owner.set(w, state);
      }
    }
    for (const s of v.order) if (s !== "unknown" && !v.words[s]?.length) ctx.addIssue({ code: "custom", message: `状态 ${s} 没有词` });
  });
type StateWordsInput = z.infer<typeof StateWordsSchema>;
/** The word lists as read: `words.done` holds the completion compounds too. */
export type StateWords = Omit<StateWordsInput, "completion">;

/** Expands the completion grammar into done words and validates the whole (no word under two states). */
const ExpandedSchema = StateWordsSchema.transform((v): StateWords => {
  const { completion, ...rest } = v;
  const compounds = completion ? completion.verbs.flatMap((verb) => completion.complements.map((c) => verb + c)) : [];
  const done = [...new Set([...(rest.words.done ?? []), ...compounds])];
  return { ...rest, words: { ...rest.words, done } };
}).superRefine((v, ctx) => {
  const owner = new Map<string, string>();
  for (const [state, words] of Object.entries(v.words)) {
    for (const w of words ?? []) {
      const prior = owner.get(w);
      if (prior && prior !== state) ctx.addIssue({ code: "custom", message: `状态词“${w}”同时属于 ${prior} 和 ${state}` });
      owner.set(w, state);
    }
  }
});

const DATA = {
  // not_yet before not_done: 还没 is "not yet", 没 alone "not". scheduled before in_progress: "正在办，
  // 开工前办完" promises more than "正在办"; before done: 开工前办完 is not 办完.
  order: ["postponed", "unknown", "refused", "scheduled", "in_progress", "planned", "not_yet", "not_done", "done"],
  words: {
    postponed: [
      "后面再补", "后面再办", "后面再", "以后再", "回头再", "之后再", "事后再", "再补", "后补", "慢慢补", "补办", "补手续",
      "边建边办", "边建边批", "边建边", "边干边办", "先建后批", "先建后补", "先建再补", "未批先建", "建了再补", "建好再",
      "投产后再", "开工后再", "建成后再", "建好后再", "建成以后再", "投产以后再", "完工后再", "等开工", "先上车后补票", "later", "after construction", "build first",
    ],
    unknown: ["不清楚", "不知道", "不确定", "说不好", "不了解", "没问过", "待确认", "不详", "没想好", "没定", "not sure", "unclear", "unknown", "don't know"],
    /** Finished before construction starts, as a promise (the grammar is in `patterns`). */
    scheduled: ["开工前办齐", "开工前办完", "开工前完成", "开工前拿到", "动工前办齐", "动工前完成", "before construction starts", "before construction"],
    refused: [
      "不打算", "没打算", "不准备", "不想", "不做", "不搞", "不上", "不配", "不建", "不考虑", "不需要", "不用", "没必要",
      "无需", "暂不", "暂时不", "不办", "不弄", "不去", "no plan", "will not", "won't", "refuse",
    ],
    in_progress: [
      "正在", "在办", "在做", "在弄", "在搞", "在谈", "在编", "在论证", "在申请", "在走", "在报", "在跑", "在等", "办理中",
      "申请中", "审批中", "报批中", "在审", "审查中", "送审中", "编制中", "进行中", "推进中", "洽谈中", "待批", "还在", "快批了", "快办好", "in progress", "ongoing", "underway", "applying", "pending",
    ],
    planned: ["打算", "准备", "计划", "拟", "将要", "将会", "会做", "会办", "会建", "会配", "会上", "要做", "要办", "下一步", "plan to", "planned", "planning", "will", "going to", "intend"],
    not_yet: ["还没", "尚未", "还未", "暂未", "仍未", "目前没", "暂时没", "没来得及", "暂缓", "not yet", "yet to"],
    not_done: [
      "啥都没", "啥也没", "什么都没", "都没办", "没有", "没", "未", "暂无", "无", "缺少", "缺", "不具备", "不够",
      "不足", "不到", "达不到", "不满足", "不是", "否", "不会", "不", "no", "not", "without", "none", "lack", "missing", "haven't", "hasn't",
    ],
    done: [
      "已经", "已", "办结", "过审", "审结", "填报了", "备案了", "都批了", "批了", "批下来", "拿到了", "拿到", "办齐了", "办齐", "齐了", "齐全", "都齐", "齐备", "备齐", "有", "取得", "落实", "完成",
      "做了", "做过", "做完", "办了", "办完", "办好", "公告了", "具备", "配套", "配建", "建了", "论证过", "评估过", "论证了",
      "评估了", "都做了", "买了", "买到", "买好", "批复", "通过", "过了", "弄完", "搞定", "弄好", "弄妥", "办妥", "妥了", "签了", "配了", "装了",
      // Enough / matching: 储量够、储量和产能匹配、满足要求 (不够、不满足 are read first, as not done).
      "够", "匹配", "满足", "充足", "√", "✓", "✔", "是", "对", "嗯", "好", "可以", "done", "approved", "completed", "obtained", "granted", "secured", "have", "has", "ok", "okay", "passed", "cleared", "matching", "sufficient", "enough",
    ],
  },
  patterns: {
    // Put off until after construction or production, said with 才 ("投产以后才开始补", "开工后才去办环评"):
    // the 后 names the moment the paperwork waits for.
    postponed: [
      "(?:开工|动工|开建|施工|建成|建好|完工|投产|生产|运行)(?:之|以)?后[^，。；,;！？]{0,3}?才[^，。；,;！？]{0,4}?(?:补|办|报|做|申请|审|批|评)",
    ],
    // Construction waits for the paperwork ("全部办下来以后才动工", "批完再开工", "手续拿到了才开建").
    // A deadline before construction, then a completion, with nothing negating it in between
    // ("会在开工前全部办完", "确保动工之前拿到批复", "开建以前都办好").
    scheduled: [
      "(?:开工|动工|开建|施工|动土|破土|项目建设|开始建设)(?:之|以)?前[^，。；,;！？不没未]{0,6}?(?:办齐|办完|办好|办妥|办结|办下来|完成|做完|拿到|取得|批下来|批复|批完|到位|落实|搞定|报批完)",
      // The same said the other way round: construction waits for the paperwork ("全部办下来以后才动工",
      // "批完再开工", "手续拿到了才开建").
      "(?:办齐|办完|办好|办妥|办结|办下来|做完|拿到|取得|批下来|批完|到位)了?(?:之|以)?后?[^，。；,;！？不没未]{0,2}?(?:才|再)(?:开工|动工|开建|施工|动土|破土|开始建设)",
    ],
  },
  completion: {
    verbs: ["批", "办", "做", "弄", "搞", "审", "评", "拿", "配", "建", "装", "签", "报批", "论证", "评估", "审查", "落实"],
    complements: ["完", "好", "齐", "妥", "下来", "过"],
  },
  held: ["(?:还|都|也|仍|仍然|一直|依然)(?:都|还)?在(?:手上|手里|手中|我们手上|我们手里)?(?:的|呢|着)?$"],
  falseFriends: [
    "无害化", "无害", "不断", "不仅", "不错", "不少", "没问题", "无问题", "有序", "有关", "有限", "所有", "现有", "原有", "有点", "未来", "不到位",
    "好的", "可以说",
    // "not only" and "every one, none left out" say nothing is missing.
    "不光", "不但", "不只", "不单", "一个不落", "一个不少", "一个都不少", "一项不落", "一项不少", "一样不少", "无一例外", "无一遗漏",
  ],
  buildsFirst: [
    "先建", "先开工", "先干起来", "先干着", "先挖", "先采", "先出点矿", "边建边", "边采边", "边探边采", "未批先建", "先投产",
    "先上马", "直接开工", "挖了直接卖", "挖了就卖", "建了再说", "就开工", "开工了", "已开工", "已经开工", "动工了", "已动工",
    "正在建设", "在建", "建起来了", "开始建设了", "就开始出矿", "开始出矿", "就在挖", "已经在挖", "还在挖",
  ],
  buildsFirstPatterns: [
    // Not 原先/事先/首先 (earlier, beforehand) or 先进 (advanced).
    "(?<![首原事预优抢率祖])先(?!进|行|导|后|不)(?:把|将)?[^，。；,;！？]{0,14}?(?:建起来|建好|建成|盖起来|盖好|装起来|装好|干起来|上马|投产|弄起来|搞起来|建了|挖出来|采出来|挖起来|采起来|挖着|采着|挖了)",
    // Site work under way says construction has started: 已经开始打桩、地基已经在挖、土建完成七成、正在施工.
    // Said as begun or under way, not as ahead ("准备开始打桩", "土建开始前", "明年开始施工").
    "(?:已经|已|正在)(?:开始|在)?(?:打桩|打地基|挖地基|浇筑|动土|破土|场平)",
    "开始(?:打桩|打地基|挖地基|浇筑|动土|破土|场平)了",
    "(?:打桩|地基|土建|桩基)(?:工程)?(?:(?:已经|已|都|也)(?:开始|完成|做完|打好|挖好|动了|搞完|干起来|在做|在打|在挖)|(?:正在|在)(?:做|打|挖|施工)|(?:开始|完成|做完|打好|挖好|动)了)",
    "(?:正在|已经|已)(?:进场|开始)?施工(?!图|许可|方案|单位|前)",
    "开始施工了",
    // Equipment going in is construction under way: 已经在装设备、设备已经进场、正在安装生产线.
    "(?:已经|已|正在)(?:在)?(?:开始)?(?:装|安装)(?:设备|生产线|产线|炉子|轧机|挤压机)",
    "(?:设备|生产线|产线|轧机|挤压机)(?:已经|已|都|也)(?:进场|到场|运到|安装)",
    "破土动工了",
  ],
  buildsFirstNegations: ["不存在", "不会", "不能", "不搞", "不打算", "不准备", "不想", "没有", "没", "绝不", "绝对不", "杜绝", "不是", "避免", "不允许", "不", "no ", "not "],
  exceptCues: ["除了", "除去", "除", "except"],
  allCues: ["都", "均", "全部", "全都", "三项", "三评", "各项", "手续齐全", "手续都齐"],
  timingVerbs: ["办", "补", "批", "审", "拿到", "取得", "报", "做完", "做好", "弄完", "弄好", "搞定", "手续", "approv", "permit", "complete", "done", "finish", "obtain"],
  listCues: ["都", "均", "全部", "全都", "也", "一并", "同样", "一起"],
  unknownAnswers: [
    "不知道", "不清楚", "不确定", "说不好", "不了解", "没想好", "还不知道", "暂不清楚", "跳过", "先这样", "就这些", "没有了",
    "出报告", "直接出结论",
  ],
};

/** The validated state words (parsed once, when the module loads). */
export const STATE_WORDS: StateWords = ExpandedSchema.parse(DATA);

/** For tests: validate another word list the same way. */
export function parseStateWords(raw: unknown): StateWords {
  return ExpandedSchema.parse(raw);
}
