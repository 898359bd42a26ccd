import type { LexiconSection } from "../concept-schema.js";
import { pinyinForms } from "../pinyin-forms.js";
import { PLACE_PINYIN } from "./place-pinyin.js";

/** A park's English names: its short name in pinyin (generated, place-pinyin.ts) alone and with the words for a zone. */
function parkEnglish(shortNames: readonly string[], extra: readonly string[] = []): string[] {
  const names = shortNames.flatMap((n) => pinyinForms(PLACE_PINYIN[n]));
  // "Shuicheng Economic Development Zone" needs no form of its own: shuicheng is the park, the rest development-zone.
  const zones = ["park", "industrial park", "development zone", "edz", "zone"];
  return [...new Set([...names, ...names.flatMap((n) => zones.map((z) => `${n} ${z}`)), ...extra])];
}

/**
 * The development zones the document names (二（一）~（三）, 三（四）) with the short and long names people
 * use. A park's `broader` is both what it is (a 开发区) and where it lies (its county or city): a
 * question naming 清镇 reaches the park, and through its ancestors 贵阳 and 贵州.
 * The bare short names (清镇, 兴仁, 水城, 苟江, 和平, 炉碧) belong to the park rather than the county:
 * the document only ever uses them as park names.
 */
export const parksSection: LexiconSection = {
  section: "parks",
  concepts: [
    {
      id: "development-zone",
      kind: "park",
      label: "开发区（园区）",
      terms: ["开发区", "经开区", "重点园区", "园区", "铝精深加工重点园区"],
      variants: [
        "工业园区", "工业园", "产业园", "产业园区", "经济开发区", "经济技术开发区", "高新区", "高新技术产业开发区", "园区内", "化工园区",
        "新区", "开发园区", "省级开发区", "国家级开发区", "工业集中区", "产业基地", "集聚区",
      ],
      english: ["park", "industrial park", "development zone", "zone", "economic development zone", "hi-tech zone", "high-tech zone"],
      mistypes: ["经开去", "精开区", "经凯区"],
    },
    {
      id: "qingzhen-park",
      kind: "park",
      label: "清镇经开区",
      terms: ["清镇经开区", "清镇"],
      variants: [
        "清镇经济开发区", "清镇经济技术开发区", "清镇开发区", "清镇园区", "清镇工业园", "清镇工业园区", "贵阳清镇经开区", "清镇铝工业园",
        "清镇经开", "清镇市经开区",
      ],
      english: parkEnglish(["清镇"]),
      mistypes: ["青镇", "清振", "清镇经开去"],
      broader: ["development-zone", "qingzhen"],
    },
    {
      id: "xingren-park",
      kind: "park",
      label: "兴仁经开区",
      terms: ["兴仁经开区", "兴仁"],
      variants: ["兴仁经济开发区", "兴仁经济技术开发区", "兴仁开发区", "兴仁园区", "兴仁工业园", "黔西南兴仁经开区", "兴仁经开", "兴仁市经开区"],
      english: parkEnglish(["兴仁"]),
      mistypes: ["星仁", "兴人", "兴任"],
      broader: ["development-zone", "xingren"],
    },
    {
      id: "shuicheng-park",
      kind: "park",
      label: "水城经开区",
      terms: ["水城经开区", "水城"],
      variants: ["水城经济开发区", "水城经济技术开发区", "水城开发区", "水城园区", "水城工业园", "六盘水水城经开区", "水城经开", "水城区经开区"],
      english: parkEnglish(["水城"]),
      mistypes: ["水成", "睡城"],
      broader: ["development-zone", "shuicheng"],
    },
    {
      id: "zunyi-heping-park",
      kind: "park",
      label: "遵义和平（苟江）经开区",
      // Formerly 苟江经开区, renamed 遵义和平经济开发区; people still use either name.
      terms: ["遵义和平(苟江)经开区", "苟江", "和平"],
      variants: [
        "和平经开区", "苟江经开区", "遵义和平经开区", "遵义苟江经开区", "和平经济开发区", "苟江经济开发区", "和平开发区", "苟江开发区",
        "和平园区", "苟江园区", "遵义和平经济开发区", "和平(苟江)经开区", "苟江工业园", "和平工业园", "遵义和平", "苟江镇",
      ],
      english: parkEnglish(["和平", "苟江"], ["zunyi heping", "zunyi goujiang"]),
      mistypes: ["勾江", "苟将"],
      broader: ["development-zone", "zunyi"],
    },
    {
      id: "lubi-park",
      kind: "park",
      label: "炉碧经开区",
      terms: ["炉碧经开区", "炉碧"],
      variants: ["炉碧经济开发区", "炉碧开发区", "炉碧园区", "六盘水炉碧经开区", "炉碧工业园", "炉碧经开", "六盘水炉碧"],
      english: parkEnglish(["炉碧"]),
      mistypes: ["芦碧", "卢碧", "炉壁", "泸碧", "炉璧"],
      broader: ["development-zone", "liupanshui"],
    },
    {
      id: "daozhen-park",
      kind: "park",
      label: "道真铝基新材料产业园",
      terms: ["道真铝基新材料产业园项目", "道真铝基新材料产业园"],
      variants: ["道真产业园", "道真园区", "道真铝产业园", "道真铝基产业园", "道真新材料产业园", "道真工业园", "道真铝基园"],
      english: ["daozhen park", "daozhen industrial park", "aluminium-based new material park", "new materials park", "daozhen aluminium-based"],
      broader: ["development-zone", "daozhen"],
    },
  ],
};
