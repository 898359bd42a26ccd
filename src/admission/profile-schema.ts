import { z } from "zod";
import { factField, stateOf, type FactValue } from "./fact-state.js";

/**
 * Project profile for the admission check. Every fact is nullish: null/undefined means "not stated",
 * which the rules turn into a question, never into an assumed "yes".
 */
export const ProjectTypeSchema = z.enum(["铝土矿开采", "氧化铝", "电解铝", "再生铝", "铝精深加工", "铝基非金属材料", "其他"]);
export type ProjectType = z.infer<typeof ProjectTypeSchema>;

/**
 * 产能置换: a plant built on capacity replaced elsewhere (电解铝置换项目) – new capacity on site.
 * 搬迁 (迁建): an existing plant rebuilt at a new site – a building project there, whose old site closes.
 */
export const ProjectActionSchema = z.enum(["新建", "扩建", "改建", "技改", "产能置换", "搬迁", "现有"]);
export type ProjectAction = z.infer<typeof ProjectActionSchema>;

/** 办理中: the licence is being applied for (or planned) – not yet a licence, not yet a breach. */
export const MiningRightSchema = z.enum(["采矿许可证", "办理中", "仅探矿权", "无证"]);
export const EnergyLevelSchema = z.enum(["标杆水平", "基准水平以上", "基准水平以下"]);

/** A fact's state: done / scheduled / in_progress / planned / not_yet / not_done / refused / postponed / unknown (true/false accepted). */
const fact = factField;

export const LocationSchema = z.object({
  /** Provincial-level division, short form; a site outside the policy's province is out of its scope. */
  province: z.string().nullish().describe("省级行政区简称，如 云南、广西、内蒙古"),
  city: z.string().nullish().describe("市/州，如 黔西南州、贵阳市"),
  county: z.string().nullish().describe("县/市/区，如 兴仁市、清镇市"),
  zone: z.string().nullish().describe("开发区/园区名称，按文件写法，如 清镇经开区"),
  /** Explicit statement that the site is (not) in one of the zones the document names. */
  inNamedZone: z.boolean().nullish().describe("是否位于文件点名的开发区/园区内"),
});
export type ProjectLocation = z.infer<typeof LocationSchema>;

export const CapacitySchema = z.object({
  value: z.number().positive(),
  unit: z.string().min(1).describe("如 万吨/年、吨/年、万吨"),
});

export const AssessmentsSchema = z.object({
  energyReview: fact("节能审查（节能评估审查）是否已完成"),
  environmentalImpact: fact("环境影响评价是否已完成"),
  waterResources: fact("水资源论证和节水评价是否已完成"),
});

export const JudgedPartSchema = z.object({
  phase: z.string().nullable().describe("判断的是哪一期，如 二期"),
  setAside: z.array(z.string()).describe("不作为本项目事实的部分：已建成的一期、园区内的其他工厂"),
});

export const ProjectProfileSchema = z.object({
  projectType: ProjectTypeSchema.nullish().describe("项目类型"),
  action: ProjectActionSchema.nullish().describe("新建/扩建/改建/技改/产能置换/搬迁/现有"),
  /** An integrated project ("氧化铝+电解铝一体化") is also each of these types: their rules apply too. */
  additionalTypes: z.array(ProjectTypeSchema).nullish().describe("一体化项目中同时建设的其他类型，如 氧化铝+电解铝 一体化时为 [电解铝]"),
  location: LocationSchema.nullish(),
  capacity: CapacitySchema.nullish().describe("设计产能"),
  cellCurrentKa: z.number().positive().nullish().describe("电解槽电流强度，单位 kA"),
  /** false for a technical upgrade that adds no capacity (槽子换大、产能一吨不加). */
  addsCapacity: z.boolean().nullish().describe("是否新增产能；技术改造且产能不变时为 false"),
  /** The description says construction starts before the approvals are in (先建后补、边建边办). */
  buildsBeforeApproval: z.boolean().nullish().describe("是否打算先开工、后补手续（先建后补、边建边办）"),
  /**
   * The project's own plant already stands: built, commissioning or producing (厂房建好了、设备在调试、
   * 已经在生产了). What it has not done, it is built or runs without. For a relocation, the old site
   * still producing does not count: the project is the new site.
   */
  operating: z.boolean().nullish().describe("项目本身是否已建成、在调试或已在生产（搬迁项目只看新厂址）"),
  /**
   * The project is an energy or water facility built at a standing aluminium plant (屋顶光伏加储能、余热
   * 发电、中水回用): it improves the plant's energy use and changes no metal capacity.
   */
  energyFacility: z.boolean().nullish().describe("项目是否是在现有铝厂建设的能源、节水设施（光伏储能、余热发电、中水回用等），不改动铝产能"),
  quotaAnnounced: fact("电解铝产能指标已落实且产能置换方案已公告"),
  bauxiteMatched: fact("具有与产能相匹配的铝土矿资源"),
  electrolysisSupporting: fact("配套建设电解工序"),
  redMudTreatment: fact("配套建设赤泥处理装置"),
  specialDemonstration: fact("已组织开展专项论证"),
  miningRight: MiningRightSchema.nullish().describe("采矿许可证 / 办理中 / 仅探矿权（以探代采）/ 无证"),
  energyLevel: EnergyLevelSchema.nullish().describe("能效水平"),
  largePrebaked: fact("采用大型预焙电解槽技术"),
  wasteSupplyAssessed: fact("已论证废铝资源、供应保障、物流运输条件（再生铝）"),
  /** 三（二）: 严格落实产业、土地、安全…等相关法律法规 – the land and safety permits of a new alumina plant. */
  sitePermits: fact("用地、安全等建设手续已办妥（三（二）严格落实土地、安全等要求）"),
  assessments: AssessmentsSchema.nullish(),
  products: z.array(z.string()).nullish().describe("主要产品，如 铝箔、轮毂、陶粒"),
  /**
   * Which part of the description was judged, when it says more than the project: the phase proposed
   * (二期) and what was set aside (一期 already built, a neighbouring plant) – for the report to say.
   */
  judgedPart: JudgedPartSchema.nullish().describe("描述中有多期或其他工厂时，判断的是哪一部分"),
});
export type ProjectProfile = z.infer<typeof ProjectProfileSchema>;

/** Every scalar fact the rules can ask about; used to track what was asked and declined. */
export const FactKeySchema = z.enum([
  "projectType", "action", "location", "cellCurrentKa", "quotaAnnounced", "bauxiteMatched",
  "electrolysisSupporting", "redMudTreatment", "specialDemonstration", "miningRight", "energyLevel",
  "wasteSupplyAssessed", "assessments", "products", "addsCapacity",
]);
export type FactKey = z.infer<typeof FactKeySchema>;

/** The facts that carry a state (done / in progress / …) rather than a value. */
export const STATE_FACTS = [
  "quotaAnnounced", "bauxiteMatched", "electrolysisSupporting", "redMudTreatment", "specialDemonstration", "largePrebaked",
  "wasteSupplyAssessed", "sitePermits",
] as const;
export type StateFact = (typeof STATE_FACTS)[number];
export const ASSESSMENT_KEYS = ["energyReview", "environmentalImpact", "waterResources"] as const;
export type AssessmentKey = (typeof ASSESSMENT_KEYS)[number];

/**
 * A profile with every field spelled out, so JSON output shows what is not known: null for what the
 * description does not mention, "unknown" for a fact's state it says is not known (能评还不清楚) – the
 * rules tell the two apart (五（三）asks about the one said to be unclear, reminds of the unmentioned).
 */
export function normalizeProfile(p: ProjectProfile): ProjectProfile {
  const state = (v: FactValue) => (v == null ? null : stateOf(v));
  return {
    projectType: p.projectType ?? null,
    action: p.action ?? null,
    additionalTypes: p.additionalTypes ?? [],
    location: {
      province: p.location?.province ?? null,
      city: p.location?.city ?? null,
      county: p.location?.county ?? null,
      zone: p.location?.zone ?? null,
      inNamedZone: p.location?.inNamedZone ?? null,
    },
    capacity: p.capacity ?? null,
    addsCapacity: p.addsCapacity ?? null,
    buildsBeforeApproval: p.buildsBeforeApproval ?? null,
    operating: p.operating ?? null,
    energyFacility: p.energyFacility ?? null,
    cellCurrentKa: p.cellCurrentKa ?? null,
    quotaAnnounced: state(p.quotaAnnounced),
    bauxiteMatched: state(p.bauxiteMatched),
    electrolysisSupporting: state(p.electrolysisSupporting),
    redMudTreatment: state(p.redMudTreatment),
    specialDemonstration: state(p.specialDemonstration),
    miningRight: p.miningRight ?? null,
    energyLevel: p.energyLevel ?? null,
    largePrebaked: state(p.largePrebaked),
    wasteSupplyAssessed: state(p.wasteSupplyAssessed),
    sitePermits: state(p.sitePermits),
    assessments: {
      energyReview: state(p.assessments?.energyReview),
      environmentalImpact: state(p.assessments?.environmentalImpact),
      waterResources: state(p.assessments?.waterResources),
    },
    products: p.products ?? [],
    ...(p.judgedPart ? { judgedPart: p.judgedPart } : {}),
  };
}

/** null, absent and an explicit "unknown" all mean the same: nothing is known. */
const isUnstated = (v: unknown) => v === null || v === undefined || v === "unknown";

/** Overlays the known facts of `next` on `base`; unknowns in `next` never erase known facts. */
export function mergeProfiles(base: ProjectProfile, next: ProjectProfile): ProjectProfile {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(next)) {
    if (isUnstated(value)) continue;
    if (key === "location" || key === "assessments") {
      out[key] = mergeFlat((base as Record<string, unknown>)[key], value);
    } else if (key === "products" || key === "additionalTypes") {
      out[key] = [...new Set([...((base[key] as string[] | null | undefined) ?? []), ...(value as string[])])];
    } else out[key] = value;
  }
  return out as ProjectProfile;
}

function mergeFlat(base: unknown, next: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown> | null | undefined) };
  for (const [k, v] of Object.entries(next as Record<string, unknown>)) if (!isUnstated(v)) out[k] = v;
  return out;
}
