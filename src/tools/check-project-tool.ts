import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { buildReport } from "../admission/build-report.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import { ProjectProfileSchema, mergeProfiles } from "../admission/profile-schema.js";

export const CheckProjectInputSchema = z
  .object({
    description: z.string().trim().min(1).max(2000).optional().describe("用户对项目的中文描述"),
    profile: ProjectProfileSchema.optional().describe("已知的项目档案；与描述同时给出时档案中的已知事实优先"),
  })
  .refine((v) => v.description !== undefined || v.profile !== undefined, { message: "description 和 profile 至少给出一个" });

export interface CheckProjectToolDeps {
  knowledge: AdmissionKnowledge;
  extractor: ProfileExtractor;
}

/** check_project: the deterministic admission report; the model never decides compliance. */
export function createCheckProjectTool(deps: CheckProjectToolDeps) {
  return tool(
    async ({ description, profile }) => {
      try {
        const extracted = description ? await deps.extractor.extract(description) : {};
        const merged = profile ? mergeProfiles(extracted, profile) : extracted;
        return JSON.stringify(buildReport(merged, deps.knowledge));
      } catch (err) {
        return JSON.stringify({ error: `准入检查失败：${err instanceof Error ? err.message : String(err)}` });
      }
    },
    {
      name: "check_project",
      description: "对一个铝产业项目做政策准入检查：逐条对照文件给出 pass/fail/needs_info、原文引用、所属产业集群及是否位于点名园区、可享受的支持政策、责任部门和需要追问的问题。结论由确定性规则给出。",
      schema: CheckProjectInputSchema,
    },
  );
}
