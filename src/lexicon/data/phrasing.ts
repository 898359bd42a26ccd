import type { PhrasingInput } from "../phrasing-schema.js";

/**
 * Ask-kind cues. Order of `priority`: a comparison or a who-question is what it is whatever else it
 * contains ("三（二）和三（三）谁负责有什么不同" compares); list beats yes/no ("有哪些支持政策" lists,
 * although 有 starts it); yes/no beats procedure ("能不能…，要什么条件" gets the verdict first).
 */
export const phrasing: PhrasingInput = {
  kinds: {
    compare: ["区别", "不同", "差别", "差异", "相比", "比较", "对比", "有何异同", "异同", "哪个更", "哪一个更", "还是说", "不一样", "不同之处", "哪个高", "哪个低", "哪个大", "哪个多", "谁高", "谁更", "一样吗", "相同吗",
      // "A和B的目标差多少", "分别是多少", "各是多少": a figure asked of each of two things, side by side.
      "差多少", "相差", "分别是多少", "分别要求多少", "分别多少", "各是多少", "各多少", "各自是多少"],
    who: [
      "谁牵头", "牵头部门", "牵头单位", "哪些部门", "哪个部门", "什么部门", "责任部门", "负责部门", "谁负责", "由谁",
      "哪些单位", "哪个单位", "责任单位", "责任主体", "主管部门", "主责部门", "主责单位", "谁来", "哪个厅", "哪个局", "归谁", "谁管", "归哪", "哪家单位", "找谁",
      "找哪个", "哪个口", "谁抓", "谁主抓", "负总责", "牵头吗", "涉及哪些部门", "是谁", "谁啊", "谁呢",
      // "…是哪个部门牵头" typed as 那个部门: the body and the verb together ask who, whatever the question word.
      "部门牵头", "单位牵头",
    ],
    where: ["哪里", "哪些园区", "哪个园区", "哪些开发区", "哪些经开区", "哪个开发区", "在哪", "哪些地方", "哪些地区", "布局在", "选址", "放在哪", "落在哪", "哪几个园区", "哪几个县", "哪些县", "哪个县", "哪个市", "哪些市"],
    when: ["什么时候", "何时", "啥时候", "哪年", "哪一年", "时间表", "时间节点", "哪天", "几号发", "几月"],
    howmuch: ["多少", "几成", "百分之几", "几个百分点", "比例", "占比", "比重", "几户", "几家", "几个", "多大", "多高", "规模多大", "量化"],
    list: ["哪几条", "哪些条", "哪几项", "哪些方面", "有哪些", "都有哪些", "有什么", "都有什么", "列出", "列一下", "所有", "全部", "一共", "分别", "都包括", "包括哪些", "哪几方面", "各有什么", "被安排了",
      // Where in the text, not where on the map: they reach past 哪里/哪些地方 (where), so they win.
      "哪里提到", "哪儿提到", "在哪提到", "哪些地方提到", "哪里说到", "哪里说了", "哪些地方说", "哪里讲到", "哪里写了", "哪里有写",
      "哪些地方涉及", "哪里涉及", "哪里有提", "哪些地方有提",
      // "培育哪几类集群", "给了哪几种优惠": which kinds of a thing — a list.
      "哪几类", "哪几种", "哪几样", "几大类", "几类"],
    yesno: [
      "能不能", "能否", "可不可以", "可以吗", "可以不", "行不行", "行吗", "允许", "是否", "是不是", "有没有", "让不让",
      "会不会", "要不要", "需不需要", "需要吗", "用不用", "算不算", "准不准", "给不给", "支不支持", "鼓不鼓励", "能吗",
      "还能", "可以", "吗",
      // "文件支持不", "鼓励不": a verb and 不 closing the question asks yes or no, colloquially.
      "支持不", "鼓励不", "允许不", "同意不", "管不管", "批不批", "让建不", "能建不",
    ],
    procedure: ["怎么", "如何", "流程", "步骤", "手续", "需要满足", "要满足", "满足什么", "什么条件", "哪些条件", "啥条件", "要求", "咋办", "咋弄", "怎样",
      // The many ways to ask what must be done, in what order: 程序/环节/前提, 走/办/做 + what, how many steps.
      "程序", "环节", "前提", "门槛", "咋走", "怎么走", "走什么", "走啥", "办啥", "办什么", "要做什么", "要做啥",
      "得做什么", "得做啥", "先做什么", "先做啥", "先干啥", "要干啥", "咋整", "咋搞", "怎么搞", "怎么弄", "怎么操作", "如何操作", "分几步", "几步走",
      "哪几步", "第一步", "路径", "要准备", "需要准备"],
    what: ["什么", "啥", "讲了", "内容", "是指", "意思"],
  },
  frames: {
    // Nouns of two characters or more: 局 alone would read 布局 as a department.
    who: [[["哪些", "哪个", "哪几个", "哪家", "什么", "啥"], ["部门", "单位", "机构负责", "政府负责"]]],
    where: [[["哪些", "哪个", "哪几个", "什么", "啥"], ["园区", "开发区", "经开区", "地方", "地区", "城市", "市州"]]],
    list: [[["哪些", "哪几", "什么"], ["条款", "措施", "政策", "方向", "项目", "技术", "产品", "目标"]]],
    compare: [],
    when: [],
    howmuch: [],
    yesno: [],
    procedure: [],
    what: [],
  },
  priority: ["compare", "who", "where", "when", "howmuch", "list", "yesno", "procedure", "what"],
  englishKinds: {
    compare: ["difference", "differences", "differ", "different", "compare", "compared", "comparison", "contrast", "versus", "vs", "distinguish", "as opposed to", "similar", "same as", "unlike"],
    // Plurals and inflections need no entry of their own (canonEnglish): "which agency" is also "which agencies".
    who: [
      "who", "which department", "which agency", "which authority", "which bureau", "which body", "which office", "which organization",
      "which government body", "which unit", "which regulator", "what regulator", "what department", "what agency", "what authority", "in charge", "responsible", "oversee",
      "take the lead", "lead department", "lead agency", "lead unit", "role", "involved in", "participate", "tasked with",
      // How people name the duty without a question word: "which dept looks after…", "who's on the hook for…".
      "look after", "in the lead", "leads on", "on the hook", "accountable", "overseen by", "led by", "charged with", "handled by", "take part", "a part in", "play a part", "a hand in",
    ],
    where: [
      "where", "which park", "which zone", "which county", "which area", "which city", "which district", "which region", "which place",
      "which location", "what location", "which development zone", "what park", "what zone",
    ],
    when: ["when", "what year", "which year", "what date", "deadline", "timeline", "by when", "how soon", "until when", "due date", "cut-off"],
    howmuch: [
      "how much", "how many", "what percentage", "what share", "what proportion", "what is the target", "what's the target", "what target",
      "what rate", "what ratio", "how large", "how big", "how high", "by how much", "what level",
    ],
    list: ["list", "what are the", "which clauses", "all the", "what kinds", "what support", "what policies", "what measures", "name all", "enumerate", "every clause", "what are all", "which ones", "what types"],
    // Auxiliaries count only where they open the question or a clause (classify-ask.ts): "Is the tax break…", not "What is…".
    yesno: ["can", "could", "is", "are", "is it", "is there", "are there", "are we", "is a", "does", "do", "did", "has", "have", "should", "may", "will", "would", "must", "allowed", "permitted", "is it ok", "okay to", "ok to", "any chance"],
    procedure: ["how", "requirements", "required", "what do we need", "what do i need", "need to do", "conditions", "procedure", "steps", "step by step", "go about", "what does it take", "prerequisite", "prerequisites", "go through"],
    what: ["what", "which", "tell me", "explain"],
  },
  // The English counterpart of `frames`: question word, up to five words, the noun asked for. Nouns are
  // the kinds of answer (a body, a place, a year, a figure, a clause), never topics.
  englishFrames: {
    who: [[["which", "what"], ["department", "dept", "agency", "authority", "bureau", "body", "office", "organisation", "unit", "regulator", "ministry", "commission", "administration", "government"]]],
    where: [[["which", "what", "in which"], ["park", "zone", "area", "place", "location", "county", "city", "region", "district", "prefecture", "site"]]],
    when: [[["which", "what", "by what", "by which"], ["year", "date", "deadline", "time frame", "timeframe", "month"]]],
    howmuch: [[["what", "which", "how"], ["target", "goal", "percentage", "share", "proportion", "rate", "ratio", "figure", "number", "amount", "quota", "threshold", "value"]]],
    list: [[["which", "what"], ["clause", "section", "article", "provision", "measure", "paragraph", "part"]]],
    procedure: [[["what", "which"], ["step", "procedure", "formality", "process to", "process for"]]],
  },
  askedSlot: {
    before: ["什么", "哪些", "哪几", "哪种", "哪类", "哪方面", "啥", "有没有", "有无", "是否有", "能否", "可否", "what", "which", "any"],
    after: ["吗", "么", "没", "不", "呢", "?", "？"],
  },
  mentionCues: [
    "哪些条款", "哪几条", "哪些条", "哪条", "哪几处", "哪些地方提到", "哪里提到", "哪儿提到", "在哪提到", "哪里说到", "哪里说了", "哪些地方说",
    "哪里讲到", "哪里写了", "哪里有写", "哪些地方涉及", "哪里涉及", "哪里有提", "哪些地方有提", "哪些部分", "几处", "which clauses", "where does",
  ],
  yesNoForms: {
    existence: [
      "有没有", "有无", "是否有", "有没", "有啥", "有什么", "有哪些", "还有别的", "有优惠吗", "有支持吗", "有政策吗", "有补贴吗",
      "有照顾吗", "有说法吗", "有提到吗", "提到没", "提没提", "有规定吗", "有要求吗", "is there", "are there", "any ",
    ],
    truth: ["是真的吗", "是不是真的", "真的吗", "真的假的", "是真的", "对吗", "对不对", "是这样吗", "属实吗", "靠谱吗", "is it true", "true that"],
  },
  dutyVerbs: ["牵头", "负责", "参与", "主抓", "主管", "主责", "列为责任", "责任单位", "责任部门"],
  stepCues: {
    steps: [
      "流程", "步骤", "手续", "程序", "环节", "咋走", "怎么走", "走什么", "走啥", "办啥", "办什么", "办哪些手续", "怎么办理", "如何办理", "要做什么", "要做啥",
      "得做什么", "得做啥", "先做什么", "先做啥", "先干啥", "要干啥", "分几步", "几步走", "哪几步", "第一步", "要准备", "需要准备", "怎么申请", "如何申请",
      "steps", "procedure", "what do we need", "what do i need", "need to do", "go through",
    ],
    conditions: ["前提", "门槛", "条件", "要满足", "需要满足", "prerequisite", "prerequisites"],
  },
  politeRequests: [
    "能帮忙", "能不能帮忙", "能不能帮我", "能否帮忙", "能否帮我", "可以帮忙", "可以帮我", "可不可以帮我", "麻烦帮忙", "麻烦帮我", "帮忙看下", "帮忙看看",
    "帮我看下", "帮我看看", "帮我查下", "帮忙查下", "能给我讲讲", "能讲讲", "能介绍下", "can you help", "could you help", "could you tell me", "can you tell me",
  ],
  choiceFrame: {
    joins: ["和", "跟", "与", "同", "以及", "及", "、", "还是", "或者", "或", "对比", "相对于", "比起", "and", "or", "vs", "versus"],
    choices: ["哪个", "哪一个", "哪一种", "哪种", "哪样", "哪边", "哪一方", "哪类", "谁", "更", "which"],
    choosingJoins: ["还是"],
  },
  negations: ["不让", "不能", "不可以", "不允许", "不准", "不得", "禁止", "严禁"],
};
