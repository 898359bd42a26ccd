import { z } from "zod";

const Cue = z.string().min(1);

export const ZoneGrammarSchema = z.object({
  suffixes: z.array(Cue),
  suffixSynonyms: z.record(z.string(), z.string()),
  leadingWords: z.array(Cue),
  genericWords: z.array(Cue),
  maxNameLength: z.number().int().positive(),
});

/**
 * How park and zone names are written (suffixes, words that lead into a name, generic words that are not names).
 * Validated once at load (a malformed entry throws here, not at the first question).
 */
export const zoneGrammar = ZoneGrammarSchema.parse({
  "suffixes": [
    "经济技术开发区",
    "经济开发区",
    "高新技术产业开发区",
    "工业园区",
    "产业园区",
    "经开区",
    "开发区",
    "高新区",
    "产业园",
    "工业园",
    "园区",
    "富集区",
    "新区"
  ],
  "suffixSynonyms": {
    "经济技术开发区": "经开区",
    "经济开发区": "经开区",
    "经济技术开发区内": "经开区"
  },
  "leadingWords": [
    "或者",
    "或是",
    "还有",
    "要么",
    "支持",
    "依托",
    "围绕",
    "推进",
    "加快",
    "建设",
    "重点",
    "以",
    "在",
    "和",
    "及",
    "与",
    "对",
    "将",
    "向",
    "由",
    "为",
    "是",
    "到",
    "去",
    "放在",
    "落地",
    "落户",
    "位于",
    "选址",
    "建在",
    "想在",
    "打算在",
    "准备在",
    "拟在",
    "我们在",
    "我们",
    "公司",
    "项目"
  ],
  "genericWords": [
    "重点",
    "相关",
    "有关",
    "各",
    "所在",
    "本地",
    "该",
    "这个",
    "那个",
    "哪个",
    "什么",
    "其他",
    "别的",
    "所列",
    "这些",
    "点名",
    "文件",
    "某"
  ],
  "maxNameLength": 18
});
