import { z } from "zod";

const Cue = z.string().min(1);

export const ProcedureCuesSchema = z.object({ description: z.string(), groups: z.array(z.object({ name: z.string(), asks: z.array(Cue), stated: z.array(Cue) })) });

/**
 * Language cues, not document facts. Each group pairs phrasings that ask for an administrative procedure (`asks`: how to apply, which forms to hand in, deadlines, processing time) with the words a clause uses when it does describe that procedure (`stated`). A question asking for a procedure is only answered by a clause that uses one of its group's `stated` words.
 * Validated once at load (a malformed entry throws here, not at the first question).
 */
export const procedureCues = ProcedureCuesSchema.parse({
  "description": "Language cues, not document facts. Each group pairs phrasings that ask for an administrative procedure (`asks`: how to apply, which forms to hand in, deadlines, processing time) with the words a clause uses when it does describe that procedure (`stated`). A question asking for a procedure is only answered by a clause that uses one of its group's `stated` words.",
  "groups": [
    {
      "name": "apply",
      "asks": [
        "怎么申请",
        "如何申请",
        "怎样申请",
        "申请流程",
        "办理流程",
        "怎么办理",
        "如何办理",
        "去哪办",
        "办理手续",
        "什么手续",
        "哪些手续"
      ],
      "stated": [
        "申请",
        "办理",
        "流程",
        "手续"
      ]
    },
    {
      "name": "forms",
      "asks": [
        "填什么表",
        "填哪些表",
        "什么表格",
        "哪些表格",
        "交哪些材料",
        "交什么材料",
        "提交哪些材料",
        "提交什么材料",
        "需要哪些材料",
        "需要什么材料"
      ],
      "stated": [
        "表格",
        "提交",
        "附件"
      ]
    },
    {
      "name": "deadline",
      "asks": [
        "申报截止",
        "截止时间",
        "截止日期",
        "截止到哪天"
      ],
      "stated": [
        "截止"
      ]
    },
    {
      "name": "processing",
      "asks": [
        "多久能批",
        "多久批下来",
        "几天能批",
        "审批时限"
      ],
      "stated": [
        "时限",
        "工作日"
      ]
    }
  ]
});
