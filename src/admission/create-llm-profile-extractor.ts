import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { extractLocation } from "./extract-location.js";
import { extractProfile } from "./extract-profile.js";
import type { ProfileExtractor } from "./profile-extractor.js";
import { stateOf } from "./fact-state.js";
import { ASSESSMENT_KEYS, ProjectProfileSchema, STATE_FACTS, type ProjectProfile } from "./profile-schema.js";

export type StructuredMethod = "jsonSchema" | "functionCalling" | "jsonMode";

export interface LlmProfileExtractorDeps {
  model: BaseChatModel;
  method: StructuredMethod;
  knowledge: AdmissionKnowledge;
  /** Called when the model fails and the offline result is used instead (for logs/metrics). */
  onFallback?: (reason: string) => void;
  /** The app's LLM guard (cap, retries, breaker, deadline); absent = a plain call. */
  runner?: Pick<LlmGuard, "run">;
}

/**
 * LLM extraction with the same zod schema via withStructuredOutput, validated again after the call.
 * Hard facts the offline extractor reads reliably (numbers, zones) win on conflict; any model
 * failure yields the offline profile, so the check always completes.
 */
export function createLlmProfileExtractor(deps: LlmProfileExtractorDeps): ProfileExtractor {
  const { model, method, knowledge } = deps;
  // For json_schema, LangChain turns a zod 4 schema into strict mode, which OpenAI rejects unless every
  // key is required – but unknown facts are meant to be absent. The JSON Schema of the same zod schema
  // is sent non-strict instead; the reply is validated with the zod schema below either way.
  const structured =
    method === "jsonSchema"
      ? model.withStructuredOutput(profileJsonSchema(), { method, name: "project_profile" })
      : model.withStructuredOutput(ProjectProfileSchema, { method, name: "project_profile" });
  const system = buildSystemPrompt(knowledge);
  return {
    async extract(text) {
      const offline = extractProfile(text, knowledge);
      const messages = [new SystemMessage(system), new HumanMessage(text)];
      try {
        let raw: unknown;
        if (deps.runner) {
          const outcome = await deps.runner.run((signal) => structured.invoke(messages, { signal }));
          if (!outcome.ok) {
            deps.onFallback?.(outcome.reason === "failed" ? String((outcome.error as Error | undefined)?.message ?? outcome.error) : outcome.reason);
            return offline;
          }
          raw = outcome.value;
        } else {
          raw = await structured.invoke(messages);
        }
        const parsed = ProjectProfileSchema.safeParse(raw);
        if (!parsed.success) {
          deps.onFallback?.(`模型输出未通过校验：${parsed.error.issues[0]?.message ?? ""}`);
          return offline;
        }
        return mergeWithOffline(parsed.data, offline, knowledge);
      } catch (err) {
        deps.onFallback?.(err instanceof Error ? err.message : String(err));
        return offline;
      }
    },
  };
}

/** Offline numbers and locations override the model's; the model fills what offline left unknown. */
export function mergeWithOffline(llm: ProjectProfile, offline: ProjectProfile, k: AdmissionKnowledge): ProjectProfile {
  const out: ProjectProfile = asStates(llm);
  for (const [key, value] of Object.entries(offline)) {
    if (value !== undefined && value !== null && (out as Record<string, unknown>)[key] == null) (out as Record<string, unknown>)[key] = value;
  }
  if (offline.capacity) out.capacity = offline.capacity;
  if (offline.cellCurrentKa != null) out.cellCurrentKa = offline.cellCurrentKa;
  if (offline.location) out.location = { ...llm.location, ...offline.location };
  else if (llm.location?.zone) {
    // A zone the model names is mapped onto the corpus's spelling (or kept as an unlisted zone).
    const canonical = extractLocation(llm.location.zone, k);
    out.location = { ...llm.location, zone: canonical?.zone ?? llm.location.zone };
  }
  return out;
}

/** A model may answer a fact with true/false; the profile speaks in states (done / not_done…). */
function asStates(p: ProjectProfile): ProjectProfile {
  const out: ProjectProfile = { ...p };
  for (const key of STATE_FACTS) if (typeof out[key] === "boolean") out[key] = stateOf(out[key]);
  if (out.assessments) {
    const a = { ...out.assessments };
    for (const key of ASSESSMENT_KEYS) if (typeof a[key] === "boolean") a[key] = stateOf(a[key]);
    out.assessments = a;
  }
  return out;
}

function profileJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(ProjectProfileSchema) as Record<string, unknown>;
  return { ...schema, title: "project_profile", description: "铝产业项目档案（未提及的字段填 null 或省略）" };
}

function buildSystemPrompt(k: AdmissionKnowledge): string {
  return [
    "你从用户对铝产业项目的中文描述中抽取项目档案，只输出符合给定结构的 JSON。",
    "只填写描述中明确说到的事实；没说到的字段一律填 null，绝不猜测，绝不默认为“是”。",
    "事实字段填状态：done（已完成/已有）、scheduled（还没办完，但说明开工前办完）、in_progress（正在办）、planned（打算办）、not_yet（还没、尚未落实）、not_done（没有）、refused（不打算办）、postponed（先建后补、边建边办、以后再补）、unknown（说了不清楚）。",
    "“只有探矿权”“以探代采”填 仅探矿权；采矿证正在办填 办理中。技术改造且说明产能不增加时 addsCapacity 填 false；打算先开工后补手续时 buildsBeforeApproval 填 true。",
    "项目本身已建成、在调试或已在生产时 operating 填 true（搬迁项目只看新厂址，老厂照常生产不算）；把现有工厂搬到新厂址时 action 填 搬迁；电流强化、增容使产能增加时 addsCapacity 填 true。",
    `文件点名的开发区/园区：${k.zones.map((z) => z.name).join("、")}。园区名称请按这里的写法填写。`,
  ].join("\n");
}
