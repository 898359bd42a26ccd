import { z } from "zod";
import { ProjectActionSchema, type EnergyLevelSchema } from "./profile-schema.js";

type EnergyLevel = z.infer<typeof EnergyLevelSchema>;

/**
 * The admission extractor's own words: which lexicon concepts (by id) a fact is about, and the
 * sentence hints that only mean something inside a project description (建设性质, 配套/外购, 产能不变…).
 * Everything else the extractor recognises (project types, products, materials, topics) is a concept of
 * the domain lexicon (src/lexicon); the concept ids here are checked against it when the vocabulary is
 * built (admission-vocabulary.ts), and the shape is validated when this module loads.
 */

/** A fact's cues: the lexicon concepts that speak of it, plus generic words that do so only here. */
const RegexSource = z.string().min(1).refine((src) => {
  try {
    new RegExp(src);
    return true;
  } catch {
    return false;
  }
}, "不是有效的正则表达式");
/**
 * A fact's cues. `patterns` say it with a small grammar where a word list cannot (自有…矿: "自有铝土矿",
 * "自己的有证矿", "配套的一号矿"); they are regular expressions over the folded text, checked at load.
 */
const FactCuesSchema = z.object({
  concepts: z.array(z.string().min(1)).default([]),
  words: z.array(z.string().min(1)).default([]),
  patterns: z.array(RegexSource).default([]),
});
const Words = z.array(z.string().min(1));

const FACT_KEYS = [
  "quotaAnnounced", "bauxiteMatched", "electrolysisSupporting", "redMudTreatment", "specialDemonstration",
  "largePrebaked", "wasteSupplyAssessed", "sitePermits", "energyReview", "environmentalImpact", "waterResources",
] as const;
export type FactCueKey = (typeof FACT_KEYS)[number];
export type FactCues = z.infer<typeof FactCuesSchema>;

const AdmissionTermsSchema = z.object({
  // Exhaustive: every fact key must be present, no other.
  facts: z.record(z.enum(FACT_KEYS), FactCuesSchema),
  assessmentCollective: FactCuesSchema,
  procedureCollective: FactCuesSchema,
  supportingCues: Words,
  inputCues: Words,
  elsewhereCues: Words,
  actions: z.array(z.object({ action: ProjectActionSchema, terms: Words.min(1) })),
  actionNegations: Words,
  miningRight: z.object({
    licence: Words, explorationOnly: Words, unlicensed: Words, extracting: Words, expired: Words, expiresLater: Words, renewal: Words, current: Words,
  }),
  // An object, not a record: its key order is the order the levels are checked in.
  energyLevels: z.object({ 基准水平以下: Words, 标杆水平: Words, 基准水平以上: Words } satisfies Record<EnergyLevel, typeof Words>).strict(),
  typeConnectors: Words,
  componentCue: RegexSource,
  hostCue: RegexSource,
  forUseCue: RegexSource,
  newBuildPattern: RegexSource,
  miningSubjects: Words,
  miningVerbs: Words,
  noNewCapacity: Words,
  /** The same said with a grammar: a capacity word, then a negated growth verb or a "same as before". */
  noNewCapacityPatterns: z.array(RegexSource),
  newCapacity: Words,
  /** The same said with a grammar: 产能从25万吨提到30万吨, 多出来的五万吨. */
  newCapacityPatterns: z.array(RegexSource),
  relocation: z.object({ oldSite: Words, newSite: Words, toVerbs: Words, fromCue: RegexSource }),
  /** Phases of one development (一期、二期): which one is proposed decides what is judged. */
  phases: z.object({ marker: RegexSource, intent: Words }),
  otherPlantCues: Words,
  placeSuffixes: Words,
  /** A place said not to be the site ("地方不在清镇、兴仁这些重点园区", "不是在兴仁"): read up to the clause end or 而是. */
  placeNegation: RegexSource,
  operating: z.object({ patterns: z.array(RegexSource), notYet: Words, after: Words, newPart: Words }),
  factNotDone: z.partialRecord(z.enum(FACT_KEYS), Words),
  /**
   * The project's own ore covers only part of its capacity (只够三分之一、不足一半、缺口从省外买、剩下的外购):
   * 三（二） asks for bauxite 与产能相匹配, so a partial supply is no match.
   */
  bauxiteShortfallPatterns: z.array(RegexSource),
  upgradeVerbs: Words,
  /** Energy and water facilities (lexicon concepts) built at a plant, and the verbs that build them. */
  energyFacility: z.object({ concepts: z.array(z.string().min(1)).min(1), buildVerbs: Words, afterWords: Words }),
}).strict();

export type AdmissionTerms = z.infer<typeof AdmissionTermsSchema>;

export const ADMISSION_TERMS: AdmissionTerms = AdmissionTermsSchema.parse({
  facts: {
    /** 产能指标/置换方案已公告: 指标 and 公告 mean the quota only inside a project description. */
    quotaAnnounced: {
      concepts: ["capacity-quota", "capacity-replacement"],
      words: ["指标", "公告", "置换指标", "replacement plan"],
    },
    /** 铝土矿资源已配套. */
    bauxiteMatched: {
      concepts: ["bauxite-matching", "bauxite", "high-grade-bauxite", "low-grade-bauxite"],
      // 储量 (reserves) is said only of the ore a project has; "own mine" is 自有/自己的/配套 … 矿, or 有证矿.
      words: ["矿石", "矿源", "自有矿", "配套矿", "原料矿", "矿山资源", "储量", "资源量", "own mine", "own bauxite", "captive mine", "reserves"],
      patterns: ["(?:自有|自己|自家|配套)[^，。；,;]{0,8}矿", "有证(?:的)?矿"],
    },
    /** 配套电解铝 (an alumina or processing project tied to a smelter). */
    electrolysisSupporting: { concepts: ["electrolysis", "electrolytic-aluminium"], words: [] },
    /** 赤泥处置/综合利用. */
    redMudTreatment: { concepts: ["red-mud", "red-mud-treatment", "red-mud-utilization", "red-mud-reduction"], words: [] },
    /** 专项论证. */
    specialDemonstration: { concepts: ["special-demonstration"], words: [] },
    /** 大型预焙槽 (the lexicon concept has 预焙 and the document's 预培; 预焙阳极 is the carbon anode, another concept). */
    largePrebaked: { concepts: ["large-prebaked-cell"], words: [] },
    /** 废铝原料来源已论证 (再生铝). */
    wasteSupplyAssessed: {
      concepts: ["supply-logistics"],
      words: ["废铝资源", "废铝来源", "废铝供应", "原料来源", "废料来源", "货源", "运输条件", "废铝从哪来", "回收渠道", "scrap supply"],
    },
    /**
     * 三（二）严格落实产业、土地、安全…要求: the land and safety permits of a building project. Words, not
     * the lexicon's 用地 concept – that one also holds 厂房 (the building), which is no permit.
     */
    sitePermits: {
      words: ["用地手续", "用地审批", "用地批复", "用地预审", "土地手续", "土地审批", "土地证", "用地", "拿地", "征地", "安评", "安全评价", "安全预评价", "安全审查", "安全手续", "规划许可", "施工许可", "land use", "land approval"],
    },
    /**
     * 节能审查; also 能效 or 能耗 in a list of approval areas sharing one head noun ("用地、安全、环保、能效等
     * 审批均已完成"): the energy approval is the 节能审查.
     */
    energyReview: { concepts: ["energy-review"], words: [], patterns: ["(?:能效|能耗)(?:、[^，。；,;、]{1,4}){0,4}?等?(?:审批|审查|手续|批复)"] },
    /** 环评; also 环保 in such a list ("环保、能效等审批", "环保手续"). */
    environmentalImpact: { concepts: ["eia"], words: [], patterns: ["环保(?:、[^，。；,;、]{1,4}){0,4}?等?(?:审批|手续|批复)"] },
    /** 水资源论证/节水评价: 水评 is the everyday short form. */
    waterResources: {
      concepts: ["water-resources-assessment", "water-saving-evaluation"],
      words: ["水评", "water resource", "water assessment"],
    },
  },
  /** 各项评估都做了: speaks of 节能审查, 环评 and 水评 at once. */
  assessmentCollective: { concepts: ["project-assessments"], words: [] },
  /** 手续都办了 / 啥都没办: speaks of every procedure at once. */
  procedureCollective: { concepts: ["approval-procedures"], words: ["啥都没办", "啥也没办", "什么都没办"] },
  /** Right before a project-type mention, these make it a supply or customer (配套电解铝、从氧化铝厂买), not the project. */
  supportingCues: ["配套", "用", "利用", "就近", "消纳", "采购", "外购", "买", "来自", "供应", "原料", "卖给", "供给", "供应给", "销往", "卖到", "运到", "送到", "从", "供"],
  /** Right before an input that names the project type (废铝、赤泥), these make it the project's raw material. */
  inputCues: ["用", "利用", "以", "消纳", "回收", "处理", "收购", "采购", "外购", "加工"],
  /**
   * In a clause, these make it about another plant the project draws on or sits by ("铝液来自旁边已经投产的
   * 电解铝厂"): what that clause says is built or producing is not the project.
   */
  elsewhereCues: ["来自", "依托", "旁边", "周边", "附近", "隔壁", "邻近", "就近", "供应", "供给", "采购", "外购", "供货", "卖给", "销往"],
  /** 建设性质, most specific first: the first action with an unnegated term wins (搬迁 before 置换项目 before 新建). */
  actions: [
    // 迁建: the plant is rebuilt at a new site ("搬到炉碧经开区", "整体搬迁", "退城入园").
    { action: "搬迁", terms: [
      "搬迁", "搬到", "搬去", "搬往", "搬至", "搬过去", "迁到", "迁往", "迁至", "迁建", "迁址", "易地", "异地建设", "整体搬",
      "退城入园", "退城进园", "relocate", "relocation", "move the plant",
    ] },
    // A plant moved to a new site on its own capacity ("整体搬迁…新厂等量置换") is a relocation: the
    // replacement is how its capacity moves, the old site is left behind.
    { action: "产能置换", terms: ["置换项目", "产能置换项目", "置换产能", "等量置换", "减量置换"] },
    { action: "技改", terms: ["技改", "技术改造", "升级改造", "节能改造", "技术升级", "upgrade", "retrofit"] },
    { action: "扩建", terms: ["扩建", "扩产", "扩能", "增产", "二期", "增加产能", "扩大产能", "再扩", "扩到", "扩大规模", "增加规模", "expand", "expansion"] },
    { action: "改建", terms: ["改建", "改造"] },
    { action: "新建", terms: [
      "新建", "新上", "新增", "拟建", "想建", "打算建", "准备建", "计划建", "要建", "建个", "建一个", "建设一个", "上一个", "上个", "想上", "想搞", "搞个", "准备上", "打算上", "计划上", "拟上", "要上",
      "搞一个", "弄个", "弄一个", "投资建", "新项目", "落地", "落户", "开一个", "开个", "建厂", "办厂", "开工", "动工", "开建", "先建", "边建", "build", "new plant",
      "new project", "new aluminium", "new aluminum", "set up", "a new", "plan a", "plan an", "plan to build", "plan to set up",
      "planning a", "planning to build", "intend to build", "going to build", "will build", "to build", "proposed plant", "greenfield",
    ] },
    // 复产: an idle plant restarting on the capacity it has (恢复生产、重新投产) is existing capacity.
    { action: "现有", terms: ["复产", "恢复生产", "重新投产", "现有", "已投产", "在产", "已建成", "正在生产", "已经投产", "老厂", "存量", "建成投产", "已经建成", "投产了", "建成了", "投产多年", "运行多年"] },
  ],
  /** Right before an action term, these negate it (不打算扩建). */
  actionNegations: ["不想", "不打算", "不准备", "不会", "不", "没", "没有", "未", "无需", "不用"],
  /** 采矿权: a licence held, only an exploration right, or none. */
  miningRight: {
    licence: ["采矿许可证", "采矿证", "采矿权", "采矿许可", "mining licence", "mining license", "mining permit"],
    explorationOnly: [
      "只有探矿权", "仅有探矿权", "只有探矿证", "以探代采", "探矿权", "探矿证", "exploration right", "exploration licence",
      "exploration license", "边探边采",
    ],
    /** Taking ore out of a mine point (not 采购, not 勘探): said of a point without a licence, it is 无证开采/以探代采. */
    extracting: ["挖", "开采", "出矿", "卖矿", "采出", "采着", "采点", "边探边采", "以探代采", "dig", "extract"],
    /** Said of the licence, it no longer holds (已于2023年底到期): a licence expired and not renewed is none. */
    expired: ["到期", "过期", "失效", "届满", "期满", "超期", "expired", "lapsed"],
    /** Before an expiry word, these put it ahead (明年到期、快过期了): the licence still holds. */
    expiresLater: ["快", "即将", "将要", "将于", "马上", "就要", "要", "明年", "后年", "下个月", "下月", "还有", "will", "soon"],
    /** Renewing an expired licence: its state decides whether the mine holds one again. */
    renewal: ["延续", "续期", "续证", "换证", "延期", "续办", "renewal", "renewed", "renew"],
    /** Right before an extracting word, these say the mine is taking ore out now (仍在正常出矿、还在采). */
    current: ["仍在", "还在", "正在", "一直在", "照常", "正常", "继续", "仍然在", "still"],
    unlicensed: ["无证开采", "无证", "没有采矿证", "没有采矿许可证", "没办采矿证", "无采矿证", "没拿到采矿证", "未取得采矿", "没证", "没有证", "证都没有", "没办证", "无采矿许可"],
  },
  /** 能效水平, checked in this order: 未达到基准 contains 达到基准, so 基准以下 comes first. */
  energyLevels: {
    基准水平以下: ["基准水平以下", "基准以下", "低于基准", "达不到基准", "未达到基准", "没达到基准", "不到基准", "低于能效基准", "能效不达标", "能效偏低", "能耗偏高", "below baseline", "below the baseline", "below benchmark", "below the benchmark"],
    标杆水平: ["标杆水平", "标杆", "先进水平", "领跑", "benchmark level"],
    基准水平以上: ["above baseline", "above the baseline", "基准水平以上", "基准以上", "高于基准", "达到基准", "超过基准", "能效达标", "达到能效基准"],
  },
  /** Between two project types named together (氧化铝+电解铝, 氧化铝和电解铝). */
  typeConnectors: ["+", "、", "和", "及", "与", "/", "-", "—", "加"],
  /**
   * Right before a project-type mention, a second component of the same project: "同时配一条高纯氧化铝线",
   * "另外再上一个铝箔车间", "还要建一座…". Matched against the text just before the mention.
   */
  // An intent before the verb ("打算配一条5万吨的小电解线") adds a part as 同时 does; a size may stand between.
  componentCue: "(?<![不没])(?:同时|另外|另|还|并|再|顺便|打算|准备|计划|想)(?:要|再|还)?(?:配|建|上|搞|做|新建|配建|建设|上马)(?:一条|一个|一套|一座|一期|条|个|套|座)?(?:[0-9.]+万?吨(?:/年)?的?)?(?:小|大)?$",
  /**
   * Right after a project-type mention, the plant of that type hosting the project: "氧化铝厂想在厂内建…",
   * "电解铝企业打算在厂区里上…". The plant is who builds; what it builds there is the project.
   */
  // Also the plant next to which the project goes ("电解铝厂旁边新上一条铝杆线"): a landmark, not the project.
  hostCue: "^(?:(?:厂|企业|公司|集团)?[^，。；,;]{0,4}?(?:想|要|打算|准备|计划|拟)?(?:在|于)(?:自家|自己|本)?(?:厂内|厂区|厂里|园区内|厂区内|厂区里)|(?:厂|企业|公司|基地)?的?(?:旁边|边上|隔壁|附近|周边|对面|旁))",
  /**
   * Right after a project-type mention, "用 + a product + 项目/厂": the type is the product's customer
   * ("电解铝用预焙阳极项目"), not the project. Not "电解铝用500kA槽" (no 项目/厂 closes it).
   */
  forUseCue: "^(?:专)?用(?:的)?[^，。；,;0-9]{1,10}?(?:项目|工厂|厂|生产线|产线|车间|基地)",
  /** A building verb after a place ("想在厂内建", "准备在园区里上一个"): 建设性质 is 新建. */
  newBuildPattern: "(?:想|要|打算|准备|计划|拟)(?:在|于)[^，。；,;]{1,8}?(?:新建|建设|建|上|搞|投)(?:一个|个|一条|条|一座|座|一套|套)?",
  /** With a mining verb and no other type, the project mines bauxite. */
  miningSubjects: ["矿", "开采"],
  /** Verbs before 铝土矿 that make it a mining project (开个铝土矿、收购铝土矿). */
  miningVerbs: ["开", "挖", "采", "办", "建", "搞", "弄", "经营", "收购", "接手", "承包", "整合", "投"],
  /** Capacity stays as it is (一吨不加 is an idiom, read before numerals become digits). */
  noNewCapacity: [
    "产能不变", "不增加产能", "不新增产能", "产能不增加", "不扩产", "一吨不加", "不加产能", "产能不加", "不增产", "产能不增", "不增加规模", "原有产能", "产能保持",
    "no new capacity", "no capacity increase",
  ],
  /**
   * 产能/规模/总量 … 不(增加|新增|扩|提高) (总产能一吨也不增加), 产能 … 还是原来/和原来一样/维持/保持
   * (总产能还是原来那么多), and the idiom 一吨(也)不(增)加 on its own.
   */
  noNewCapacityPatterns: [
    "(?:产能|规模|总量|产量)[^，。；,;]{0,8}?(?:不|没|没有|未|无)(?:再)?(?:增加|新增|增|加|扩|扩大|提高|提升|变)",
    "(?:产能|规模|总量|产量)[^，。；,;]{0,6}?(?:还是原来|和原来一样|跟原来一样|与原来一样|同原来一样|维持|保持|照旧|不动)",
    "一吨(?:产能)?(?:也|都)?(?:不|没)(?:增)?加",
  ],
  /** Capacity grows. */
  /** 电流强化/增容 raise a smelter's output with the same cells: capacity added under another name. */
  newCapacity: [
    "扩能", "增产", "新增产能", "增加产能", "扩大产能", "扩产", "再扩", "扩到", "提产", "电流强化", "强化电流", "提高电流", "加大电流",
    "增容", "扩容", "capacity increase", "add capacity",
  ],
  newCapacityPatterns: [
    "(?:产能|产量|规模)(?:从|由)[^，。；,;]{0,12}?(?:提|增|扩|涨|加|提高|提升|增加|扩大)(?:到|至)",
    "多出(?:来)?(?:的)?(?:\\d|[一二两三四五六七八九十几])",
    "(?:增加|新增|多上|多加)(?:了)?(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十几百]+)万?吨",
  ],
  /**
   * A relocation's clauses about the plant it leaves (老厂还照常生产、老厂有环评) describe the old site,
   * not the project; a clause naming the new site as well is about the project.
   */
  relocation: {
    oldSite: ["原来在", "原先在", "以前在", "老厂", "原厂", "旧厂", "原址", "旧址", "老厂区", "原厂区", "老厂址", "原厂址", "原来的厂", "原来那个厂", "老车间", "老线", "原生产线", "old site", "old plant"],
    newSite: ["新厂", "新址", "新厂址", "新厂区", "新基地", "搬过去的", "搬迁后", "new site", "new plant"],
    /** A move verb: the place after it is where the project will be (搬到开阳、迁往清镇经开区). */
    toVerbs: [
      "搬到", "搬去", "搬往", "搬至", "搬进", "搬过去", "迁到", "迁往", "迁至", "迁入", "迁去", "迁建到", "迁建至", "入驻", "relocate to",
      "relocated to", "relocating to", "move to", "moved to", "moving to",
    ],
    /** "从白云区（整体）搬…", "由老城区迁…": the place named between 从 and the move verb is the site left. */
    fromCue: "(?:从|由|from)[^，。；,;]{1,24}?(?=(?:整体|全部|整厂)?(?:搬|迁|relocat|mov))",
  },
  /**
   * 一期、二期、首期 (not 分期、到期、工期、周期): a description of several phases judges the proposed ones;
   * a phase is proposed when it says so with an action term or an intent word.
   */
  phases: {
    marker: "(?<![分两几到预工近长初同日周学星延定本每末])(?:[一二三四五六1-6]|首)期(?:工程|项目)?",
    intent: ["拟", "准备", "计划", "打算", "想", "规划", "将要", "即将", "下一步", "plan", "will", "propose"],
  },
  /** What follows a place name and makes a stretch place-shaped (开杨县, 清真经开区): longest first. */
  placeNegation: "(?:不在|不是在|并非在|并不在|没在|不属于|不是|并非)[^，。；,;！？]*?(?=而是|但是|，|。|；|,|;|！|？|$)",
  placeSuffixes: ["经济技术开发区", "经济开发区", "高新技术产业开发区", "经开区", "开发区", "高新区", "工业园区", "工业园", "产业园", "园区", "新区", "特区", "自治县", "县", "市", "区"],
  /**
   * In a clause saying a plant stands (已建成、在产), these make it another plant than the project
   * (园区内已建成一家电解铝厂、集团旗下另一家厂已经投产), when the text also proposes a project.
   */
  otherPlantCues: [
    "另一", "另外一", "另外的", "另有", "别的", "其他", "其它", "旗下", "兄弟", "园区内已有", "园区里已有", "园区已有", "已经有一", "已有一",
    "已经有家", "已有家", "已建成一", "已经建成一", "还有一", "another plant", "other plant", "sister plant",
  ],
  /**
   * The project's own plant already stands: producing (已经在生产了、投产三个多月), commissioning
   * (设备在调试) or built (厂房已经建好了). Not when the clause puts it ahead (准备投产、还没投产、投产后再补).
   */
  operating: {
    patterns: [
      "(?:已经|已|正在|早就|早已|一直)(?:在)?(?:偷偷|悄悄|私自|擅自|照常|正常)?(?:地)?(?:生产|投产|试产|试生产|试运行|运行|运营|调试|出货|出产品)",
      "(?:设备|产线|生产线|装置|机组|电解槽|槽子)(?:已经|已|都|正在)?(?:在)?(?:调试|试车|试运行|试生产|安装调试|运行)",
      // Said of the plant itself, 跑 is running it (生产线已经跑了半年、设备跑起来了), not running errands (手续在跑).
      "(?:设备|产线|生产线|装置|机组|电解槽|槽子|工厂|厂子)(?:已经|已|都|早就|一直)(?:在)?(?:跑|开起来|转起来|开动)",
      "(?:设备|产线|生产线|装置|机组|电解槽|槽子|工厂|厂子)(?:已经|已|都)?(?:跑起来|开起来|转起来)(?:了)",
      "(?:厂房|车间|生产线|产线|装置|厂子|工厂|厂区|主体工程|项目)(?:已经|已|都|基本|早就)?(?:建好|建成|盖好|完工|竣工|建完|建起来)",
      "(?:投产|生产|运行|运营)(?:了)?(?:快|近|有)?(?:\\d+|[一二两三四五六七八九十几半]+|多)(?:个)?(?:多)?(?:月|年|天|周|星期)",
      "在(?:偷偷|悄悄|私自)?(?:生产|调试|试生产|试运行)(?:了|着|中)",
      // 项目试生产中、装置调试中: the plant runs its trial now.
      "(?:试生产|试产|试运行|试车|调试)中",
      "already (?:producing|operating|running|in production)",
    ],
    notYet: ["准备", "打算", "计划", "拟", "将", "要", "还没", "没有", "尚未", "未", "没", "等", "争取", "预计", "力争", "明年", "年底", "不", "把", "先", "会", "能"],
    after: ["后", "前", "以后", "之后", "时"],
    /**
     * In an expansion or upgrade, the clause that says the plant runs names the change itself ("新线已经在
     * 出货了", "扩建部分已经投产"): the change was built, so what it still lacks was built without.
     */
    newPart: ["新线", "新产线", "新生产线", "新车间", "新厂房", "扩建部分", "扩建的", "扩能部分", "扩产部分", "新增部分", "新增的", "新上的", "改造后", "技改后", "新装的", "新槽", "new line"],
  },
  /** Words that mean a fact is not done, on top of the shared state words (外购 bauxite is not matched). */
  factNotDone: {
    bauxiteMatched: [
      "外购", "进口", "买矿", "靠买", "外面买", "外地买", "省外买", "外省买", "国外买", "从省外", "从外省", "从国外", "从境外", "市场采购",
      "采购矿石", "买原矿", "买矿石",
    ],
  },
  bauxiteShortfallPatterns: [
    // Said of a share: 只够供应大概三分之一、仅能满足一半、只能保障六成、只够40%.
    "(?:只够|仅够|只能满足|仅能满足|只能保障|只能供应|仅能供应|只占|仅占|只有)[^，。；,;]{0,8}?(?:分之|一半|半数|小半|部分|成(?!本)|%)",
    // Said as falling short: 矿不够、储量不足、资源缺口、满足不了产能 (not 够不够: that is a question).
    "矿[^，。；,;]{0,8}?(?<!够)(?:不够(?!不)|不足|缺口|满足不了|不能满足|供不上)",
    "(?:储量|资源量|资源|矿量)[^，。；,;]{0,4}?(?<!够)(?:不够(?!不)|不足|缺口|满足不了|不能满足)",
    // The rest bought in: 剩下的从省外和国外买、其余靠外购、不足部分进口.
    "(?:剩下|剩余|其余|其他|另外|不足|缺口)(?:的|部分|那部分)?[^，。；,;]{0,8}?(?:外购|买|进口|采购)",
  ],
  /**
   * What 五（三）promotes at a plant (热电联产、分布式能源及光伏储能一体化、余热余压利用、中水回用…): built at
   * an aluminium plant that stands ("电解铝厂配套建分布式光伏加储能", "在厂区上余热发电"), such a facility is
   * an energy retrofit of that plant – it adds no metal capacity.
   */
  energyFacility: {
    concepts: ["pv-storage", "distributed-energy", "solar-power", "wind-power", "chp", "waste-heat-utilization", "reclaimed-water", "circulating-water"],
    buildVerbs: ["建", "上", "装", "配", "搞", "做", "铺", "建设", "新建", "配建", "加装", "安装", "增设", "布置", "建一套", "上一套", "建个", "上个"],
    /** The same said after the facility ("中水回用改造", "余热发电项目"). */
    afterWords: ["改造", "项目", "工程", "一体化项目"],
  },
  /** Verbs of replacing equipment: with 产能不变 they make the project a 技改. */
  upgradeVerbs: ["换成", "换为", "换上", "更换", "替换", "改为", "改成", "改用", "升级", "改造", "技改", "upgrade", "retrofit", "replace"],
});
