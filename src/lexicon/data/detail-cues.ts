import { z } from "zod";

const Cue = z.string().min(1);

export const DETAIL_NAMES = ["apply", "forms", "deadline", "processing", "window", "criteria", "duration", "distance"] as const;
export type DetailName = (typeof DETAIL_NAMES)[number];

export const DetailCuesSchema = z.object({
  description: z.string(),
  details: z
    .array(
      z.object({
        name: z.enum(DETAIL_NAMES),
        /** Phrasings that ask for this detail (folded question text). */
        asks: z.array(Cue).min(1),
        /** Words a sentence uses when it does give this detail. */
        stated: z.array(Cue),
        /** A number of one of these kinds states it too (figure-cues unit classes). */
        statedFigures: z.array(z.enum(["percent", "money", "mass", "count", "duration"])).default([]),
        /** A year, a month or a deadline word states it (到2027年 says how long). */
        statedDates: z.boolean().default(false),
        /**
         * A clause that does not describe it cannot answer at all, so retrieval confidence drops (the
         * scope judge's procedure signal); for other details the clause still answers in part.
         */
        lowersConfidence: z.boolean().default(false),
        /** The one sentence a partial answer opens with. */
        notStated: z.string().min(4),
        /**
         * What this detail is called when a procedure answer names what the document leaves out (申报材料或表格):
         * the practical details an applicant also needs, which a policy document seldom gives.
         */
        gap: z.string().min(2).optional(),
      }),
    )
    .refine((ds) => new Set(ds.map((d) => d.name)).size === ds.length, { message: "细节名称重复" }),
});
export type DetailCue = z.infer<typeof DetailCuesSchema>["details"][number];

/**
 * Language cues, not document facts: the details a question can ask for about a topic the document
 * does address — how to apply, which forms, a deadline, a processing time, where to go, what the
 * criteria are, how long, how far. Each pairs the phrasings that ask for it (`asks`) with what a sentence
 * that gives it contains (`stated` words, figures of a kind, dates). When the sentences that state the
 * asked topic give no such detail, the answer quotes what the document does say and opens with
 * `notStated` ("文件没有给出具体的认定标准或条件。"). Figures asked by unit (多少万元, 百分之几) are
 * figure-cues.ts; this module holds the details a unit does not name.
 * Validated once at load (a malformed entry throws here, not at the first question).
 */
export const detailCues = DetailCuesSchema.parse({
  description: "Details a question asks for (procedures, forms, deadlines, criteria, durations, distances) and how a sentence states them.",
  details: [
    {
      name: "apply",
      asks: ["怎么申请", "如何申请", "怎样申请", "申请流程", "办理流程", "怎么办理", "如何办理", "去哪办", "办理手续", "什么手续", "哪些手续"],
      stated: ["申请", "办理", "流程", "手续"],
      lowersConfidence: true,
      notStated: "文件没有规定具体的申请或办理流程。",
    },
    {
      name: "forms",
      asks: [
        "填什么表", "填哪些表", "什么表格", "哪些表格", "交哪些材料", "交什么材料", "提交哪些材料", "提交什么材料", "需要哪些材料", "需要什么材料",
        "准备哪些材料", "准备什么材料", "准备啥材料", "要啥材料", "材料清单", "哪些资料", "什么资料",
      ],
      stated: ["表格", "提交", "附件", "材料清单", "报送"],
      lowersConfidence: true,
      notStated: "文件没有列出需要准备的材料或表格。",
      gap: "申报材料或表格",
    },
    {
      name: "deadline",
      asks: ["申报截止", "截止时间", "截止日期", "截止到哪天"],
      stated: ["截止"],
      lowersConfidence: true,
      notStated: "文件没有写截止时间。",
    },
    {
      name: "processing",
      asks: ["多久能批", "多久批下来", "几天能批", "审批时限"],
      stated: ["时限", "工作日"],
      lowersConfidence: true,
      notStated: "文件没有规定办理时限。",
      gap: "办理时限",
    },
    {
      // Where to go (去哪个窗口办), and the guide that says how (申报指南).
      name: "window",
      asks: ["哪个窗口", "什么窗口", "去哪个窗口", "办事窗口", "在哪办", "去哪里办", "到哪办", "申报指南", "申请指南", "办事指南", "操作指南", "办理步骤", "申报步骤"],
      stated: ["窗口", "受理", "指南", "步骤", "程序"],
      notStated: "文件没有写办理的窗口、指南或步骤。",
      gap: "办理窗口或办事指南",
    },
    {
      // The conditions to qualify for a title or a policy (专精特新的认定标准, 享受优惠要什么条件):
      // a sentence gives them when it says what must hold (须、应、不得、原则上、达到…).
      name: "criteria",
      asks: [
        "认定标准", "认定条件", "评定标准", "评定条件", "评选标准", "评选条件", "入选条件", "申报条件", "申请条件", "享受条件", "资格条件", "认定办法",
        "什么条件", "哪些条件", "啥条件", "什么标准", "啥标准", "门槛", "criteria", "eligibility", "eligible", "qualify",
      ],
      stated: ["须", "应当", "应具", "不得", "严禁", "禁止", "原则上", "依法", "符合", "具备", "具有", "满足", "达到", "以上", "以下", "条件"],
      notStated: "文件没有给出具体的认定标准或条件。",
    },
    {
      name: "duration",
      asks: ["多久", "多长时间", "多少时间", "几年", "多少年", "几个月", "多少天", "几天", "周期多长", "how long"],
      stated: ["期限", "时限", "年底", "年内", "之前", "以前"],
      statedFigures: ["duration"],
      statedDates: true,
      notStated: "文件没有给出具体的时间或期限。",
    },
    {
      name: "distance",
      asks: ["多远", "多少米", "多少公里", "多少千米", "距离多少", "距离要求", "防护距离", "安全距离", "how far", "distance"],
      stated: ["米", "公里", "千米", "距离"],
      notStated: "文件没有给出具体的距离要求。",
    },
  ],
});
