import { z } from "zod";

/**
 * What a concept is, so that consumers can ask for "every place" or "every policy instrument" without
 * a word list of their own. `uncovered` concepts are topics the document does not address (market
 * prices, application forms, other provinces' rules…): a question about them is refused by decision,
 * not by a guess from unknown words.
 *
 * The schemas are built on first use, not at import: an entry is validated when the lexicon is parsed
 * (a miss of the lexicon cache, see lexicon-cache.ts); a cache hit, keyed by the hash of data that
 * already passed them, never builds them (zod schema construction is a cost of every cold start).
 */
function buildConceptSchemas() {
  const ConceptKindSchema = z.enum([
    "project-type", // what a project makes or does: 电解铝, 氧化铝, 再生铝, 铝土矿开采, 铝精深加工
    "product", // 铝箔, 轮毂, 型材, 陶粒, 刚玉…
    "material", // 赤泥, 废铝, 铝液, 原铝…
    "process", // 电解, 焙烧, 拆解, 回收…
    "technology", // 大型预焙电解槽, 余热回收, 智能矿山…
    "place", // cities, counties, regions of Guizhou
    "park", // 经开区, 高新区…
    "department", // 省发展改革委…
    "instrument", // policy instruments: 用地, 电价, 专项债, 贷款, 税收优惠, 人才…
    "topic", // other covered topics: 数字化, 绿色低碳, 营商环境, 安全…
    "metric", // 产值, 比重, 转化率, 能效…
    "document", // the document itself: 发文日期, 文号, 发文单位
    "uncovered", // topics the document does not address
  ]);

  const Term = z.string().trim().min(1).max(40);
  /**
   * English names run longer than Chinese ones: "department of industry and information technology" is
   * 48 characters, and a cut-off name matches only its front ("…and information"), leaving "technology"
   * to be read as a topic of its own.
   */
  const EnglishTerm = z.string().trim().min(1).max(60);

  const ConceptSchema = z
    .object({
      /** Stable kebab-case id: `electrolytic-aluminium`. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id 须为小写连字符形式"),
      kind: ConceptKindSchema,
      /** Chinese display name, used when a reply names the topic (≤ 12 characters). */
      label: z.string().trim().min(1).max(12),
      /** The document's own wording for the concept (empty for uncovered topics). */
      terms: z.array(Term).default([]),
      /** Everyday and trade words people use instead. */
      variants: z.array(Term).default([]),
      /** English terms, lower case (whole-word matched). */
      english: z.array(EnglishTerm).default([]),
      /** Frequent mistypes (homophones typed by pinyin input); pinyin matching catches others. */
      mistypes: z.array(Term).default([]),
      /**
       * Words that name the concept only together, in either order within a short stretch of the question
       * (申请…材料, 老百姓…补贴, 现在…产能…多少): each frame is 2–3 groups of alternatives, and a question names
       * the concept when a word of every group occurs within FRAME_SPAN characters (frames.ts). This is
       * how people phrase a detail ("申请补贴要准备哪些材料") that no fixed phrase list anticipates.
       */
      frames: z.array(z.array(z.array(Term).min(1)).min(2).max(3)).default([]),
      /** Concept ids this one is a kind of: 铝箔 → 中高端合金制品. Answers about the broader concept apply. */
      broader: z.array(z.string()).default([]),
      /** For uncovered topics: one Chinese sentence on what the document does not say. */
      notCovered: z.string().trim().min(4).max(80).optional(),
      /**
       * For uncovered topics: true when it is a detail of a covered topic (an amount, a procedure, a time
       * limit) — the question is answered with what the document does say, plus one sentence on what it
       * does not. Absent: another subject altogether (another province, industry, a market price) → refused.
       */
      aspect: z.boolean().optional(),
      /**
       * Names the document as a whole ("this policy", 这个文件): mentioning it never says which clause is
       * asked, however few clauses use its words, so the analysis treats it as generic.
       */
      whole: z.boolean().optional(),
      /** For uncovered topics: covered concepts they sit next to, so a refusal can point at them. */
      near: z.array(z.string()).default([]),
      /** Optional note for reviewers (why an entry exists); never shown to users. */
      note: z.string().optional(),
    })
    .refine((c) => (c.kind === "uncovered") === (c.notCovered !== undefined), {
      message: "只有 uncovered 概念必须且只能带 notCovered",
    })
    .refine((c) => c.kind !== "uncovered" || c.terms.length === 0, { message: "uncovered 概念不能有文件原词（terms）" })
    .refine((c) => c.kind === "uncovered" || c.aspect === undefined, { message: "只有 uncovered 概念可以写 aspect" })
    .refine((c) => c.terms.length + c.variants.length + c.english.length + c.mistypes.length + c.frames.length > 0, { message: "概念至少要有一个词" });

  /** One data file of the lexicon: a named list of concepts (files group them by domain for review). */
  const LexiconSectionSchema = z.object({
    section: z.string().min(1),
    concepts: z.array(ConceptSchema),
  });
  return { ConceptKindSchema, ConceptSchema, LexiconSectionSchema };
}

type ConceptSchemas = ReturnType<typeof buildConceptSchemas>;
let schemas: ConceptSchemas | undefined;

/** The concept schemas, built once, on the first validation. */
export function conceptSchemas(): ConceptSchemas {
  return (schemas ??= buildConceptSchemas());
}

export type ConceptKind = z.infer<ConceptSchemas["ConceptKindSchema"]>;
export type Concept = z.infer<ConceptSchemas["ConceptSchema"]>;
export type LexiconSection = z.input<ConceptSchemas["LexiconSectionSchema"]>;
