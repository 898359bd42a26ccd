import { z } from "zod";

const Cue = z.string().min(1);

export const FigureCuesSchema = z.object({
  description: z.string(),
  cues: z.array(Cue),
  askWords: z.array(Cue),
  unitClasses: z.object({ percent: z.array(Cue), money: z.array(Cue), mass: z.array(Cue), count: z.array(Cue), duration: z.array(Cue) }),
  askPhrases: z.object({ percent: z.array(Cue).optional(), money: z.array(Cue).optional(), mass: z.array(Cue).optional(), count: z.array(Cue).optional(), duration: z.array(Cue).optional() }),
  whoCues: z.array(Cue),
  leadCues: z.array(Cue),
  unitAliases: z.record(z.string(), z.string()),
  bareMagnitudes: z.array(Cue),
  bareMagnitudeUnit: z.string(),
  whichPrefixes: z.array(Cue),
  confirmWords: z.array(Cue),
});

/**
 * Language cues, not document facts. `cues`: words that mark a question asking for a figure or target. `askWords` + a unit from `unitClasses` (e.g. 多少万元, 几个工作日) name the kind of figure asked for; `askPhrases` are fixed phrases for the same. A clause can only answer such a question if it states a number in that unit class. `whoCues` mark a question asking which department acts; `leadCues` ask who is in charge or must act, a question the document answers for the whole policy even when no topic is named (整个事情谁来牵头), and, of a named department, by its duties (市县是不是每条都要落实). `unitAliases` rewrite colloquial unit phrasings before matching (多少个亿 → 亿元, 万吨一年 → 万吨/年). `bareMagnitudes` written right after an ask word with no unit (多少亿, 几万) mean `bareMagnitudeUnit`. `whichPrefixes` turn 几 into 'which' (哪几个园区 asks which, not how many). `confirmWords` mark a question offering a figure for confirmation (是70%还是50%, 是百分之一百吗): it asks for a figure of that kind.
 * Validated once at load (a malformed entry throws here, not at the first question).
 */
export const figureCues = FigureCuesSchema.parse({
  "description": "Language cues, not document facts. `cues`: words that mark a question asking for a figure or target. `askWords` + a unit from `unitClasses` (e.g. 多少万元, 几个工作日) name the kind of figure asked for; `askPhrases` are fixed phrases for the same. A clause can only answer such a question if it states a number in that unit class. `whoCues` mark a question asking which department acts; `leadCues` ask who is in charge or must act, a question the document answers for the whole policy even when no topic is named (整个事情谁来牵头), and, of a named department, by its duties (市县是不是每条都要落实). `unitAliases` rewrite colloquial unit phrasings before matching (多少个亿 → 亿元, 万吨一年 → 万吨/年). `bareMagnitudes` written right after an ask word with no unit (多少亿, 几万) mean `bareMagnitudeUnit`. `whichPrefixes` turn 几 into 'which' (哪几个园区 asks which, not how many). `confirmWords` mark a question offering a figure for confirmation (是70%还是50%, 是百分之一百吗): it asks for a figure of that kind.",
  "cues": [
    "多少",
    "几成",
    "比例",
    "占比",
    "比重",
    "目标",
    "达到",
    "达",
    "提高到",
    "百分之",
    "数量",
    "how many",
    "how much",
    "target",
    "share",
    "goal",
    "几个",
    "几家",
    "几户",
    "几成",
    "几亿",
    "几万"
  ],
  "askWords": [
    "多少",
    "几"
  ],
  "unitClasses": {
    "percent": [
      "%",
      "成",
      "个百分点"
    ],
    "money": [
      "钱",
      "块钱",
      "元",
      "万元",
      "亿元"
    ],
    "mass": [
      "吨",
      "万吨",
      "亿吨",
      "万吨/年",
      "吨/年"
    ],
    "count": [
      "个",
      "家",
      "户"
    ],
    "duration": [
      "个工作日",
      "工作日",
      "天",
      "日",
      "小时",
      "个月",
      "周"
    ]
  },
  "askPhrases": {
    "percent": [
      "百分之几",
      "百分之多少",
      "百分比",
      "多少%",
      "多大比例",
      "什么比例",
      "比例是多少",
      "比例多少",
      "几个百分点",
      "多少个百分点",
      "percentage",
      "what percent",
      "what share",
      "what proportion"
    ],
    "money": [
      "多少钱",
      "什么价",
      "价格多少",
      "单价",
      "多少资金",
      "金额多少",
      "金额是多少",
      "额度",
      "how much money",
      "how much funding"
    ],
    "mass": [
      "多少吨",
      "how many tons",
      "how many tonnes"
    ],
    "duration": [
      "哪天",
      "哪一天",
      "几号",
      "截止日期",
      "截止时间"
    ]
  },
  "whoCues": [
    "谁",
    "哪个部门",
    "哪些部门",
    "哪个厅",
    "哪个单位",
    "哪家单位",
    "牵头",
    "负责",
    "归哪",
    "找哪",
    "部门",
    "单位",
    "who",
    "department",
    "departments"
  ],
  "leadCues": [
    "落实",
    "执行",
    "承担",
    "牵头",
    "负责",
    "主管",
    "分管",
    "统筹",
    "归口",
    "归哪",
    "in charge",
    "lead",
    "responsible"
  ],
  "unitAliases": {
    "个亿": "亿",
    "万吨一年": "万吨/年",
    "万吨每年": "万吨/年",
    "万吨/每年": "万吨/年",
    "吨一年": "吨/年",
    "吨每年": "吨/年",
    "块钱": "元",
    "个点": "个百分点"
  },
  "bareMagnitudes": [
    "万",
    "亿"
  ],
  "bareMagnitudeUnit": "元",
  "whichPrefixes": [
    "哪几",
    "哪"
  ],
  "confirmWords": [
    "还是",
    "吗",
    "是不是",
    "对不对",
    "是否"
  ]
});
