import type { LexiconSection } from "../concept-schema.js";
import { pinyinForms } from "../pinyin-forms.js";
import { GAZETTEER_CITIES } from "./divisions.js";
import { PLACE_PINYIN } from "./place-pinyin.js";

type ConceptInput = LexiconSection["concepts"][number];

/**
 * Places in Guizhou: the province, its nine prefecture-level cities and prefectures, their 88 counties
 * and districts (generated from divisions.ts, the one list of them), the regional names people use (黔北, 黔中…)
 * and the document's 务川—正安—道真 bauxite belt. For places, `broader` means “lies in”: a county's
 * ancestors reach its city, its region and 贵州, which is how a consumer tells an in-province place from
 * another province's (see uncovered.ts).
 *
 * Surface forms a place must not own:
 * - 清镇, 兴仁, 水城 belong to their 经开区 (parks.ts): in this document they only ever name the park,
 *   and people say “在清镇建厂” meaning the park. The county concepts keep 清镇市, 兴仁市, 水城区.
 * - bare short names that are everyday words or other places (大方 "generous", 白云, 沿河 "along the
 *   river", 金沙, 江口, 钟山, 汇川…): only the full name (大方县) is a surface form for those.
 */

/** [id, full name, short name, city id]: every county-level division of the gazetteer (divisions.ts). */
const COUNTIES: ReadonlyArray<readonly [string, string, string, string]> = GAZETTEER_CITIES.flatMap((city) =>
  city.counties.map(([id, full, short]) => [id, full, short, city.id] as const),
);

/** Short names that are parks' (parks.ts) or everyday words: never a bare surface form of a county. */
const NO_BARE_SHORT_NAME = new Set([
  "清镇", "兴仁", "水城", // the parks' short names
  "大方", "白云", "沿河", "金沙", "江口", "万山", "长顺", "独山", "钟山", "汇川", "赤水", "天柱", "南明", "三都", "余庆", "安龙", "普安",
  // names that straddle common word boundaries: 优惠水电 (惠水), 学习水平 (习水), 组织金融 (织金)
  "惠水", "习水", "织金",
]);

/** Short names the document itself uses (三（三）/二（三）: 务川—正安—道真, 道真铝基新材料产业园). */
const IN_DOCUMENT = new Set(["务川", "正安", "道真"]);

/** Former names still in everyday use (county-to-city or county-to-district changes). */
const FORMER_NAMES: Record<string, string[]> = {
  panzhou: ["盘县"],
  shuicheng: ["水城县", "水城特区"],
  bozhou: ["遵义县"],
  pingba: ["平坝县"],
  qianxi: ["黔西县"],
  xingren: ["兴仁县"],
  xingyi: ["兴义县"],
  daozhen: ["道真县", "道真自治县"],
  wuchuan: ["务川县", "务川自治县"],
  zhenning: ["镇宁县", "镇宁自治县"],
  guanling: ["关岭县", "关岭自治县"],
  ziyun: ["紫云县", "紫云自治县"],
  weining: ["威宁县", "威宁自治县"],
  yuping: ["玉屏县", "玉屏自治县"],
  yinjiang: ["印江县", "印江自治县"],
  yanhe: ["沿河县", "沿河自治县"],
  songtao: ["松桃县", "松桃自治县"],
  sandu: ["三都县", "三都自治县"],
};

/** Park-owned short names also carry the English word; the county keeps "<name> city/district". */
const PARK_ENGLISH = new Set(["qingzhen", "xingren", "shuicheng"]);

function countyConcept([id, full, short, city]: readonly [string, string, string, string]): ConceptInput {
  const terms = IN_DOCUMENT.has(short) ? [short] : [];
  const bare = !NO_BARE_SHORT_NAME.has(short) && terms.length === 0 && short !== full;
  const variants = [...new Set([full, ...(bare ? [short] : []), ...(FORMER_NAMES[id] ?? [])])];
  // Pinyin as people type it (generated: place-pinyin.ts); a park-owned name keeps only "<name> city".
  const english = PARK_ENGLISH.has(id) ? [`${id} ${full.endsWith("区") ? "district" : "city"}`] : [...new Set([id, ...pinyinForms(PLACE_PINYIN[short])])];
  return { id, kind: "place", label: short, terms, variants, english, broader: [city] };
}

export const placesSection: LexiconSection = {
  section: "places",
  concepts: [
    {
      id: "china",
      kind: "place",
      label: "全国",
      terms: ["全国"],
      variants: ["中国", "我国", "国内", "全国范围", "国家层面", "全国各地"],
      english: ["china", "national", "nationwide"],
    },
    {
      id: "western-region",
      kind: "place",
      label: "西部地区",
      terms: ["西部地区"],
      variants: ["西部", "西南地区", "西南", "西部省份", "西部大开发地区"],
      english: ["western china", "western region", "southwest china"],
      broader: ["china"],
    },
    {
      id: "guizhou",
      kind: "place",
      label: "贵州",
      terms: ["贵州", "全省", "省内"],
      variants: ["贵州省", "本省", "我省", "贵州境内", "多彩贵州", "贵州地区", "黔地", "省域"],
      english: ["guizhou", "guizhou province"],
      mistypes: ["贵洲", "桂州"],
      broader: ["western-region"],
    },
    // Regional names (not administrative): which cities they cover is common usage.
    { id: "qianbei", kind: "place", label: "黔北", variants: ["黔北", "黔北地区", "黔北片区"], english: ["northern guizhou"], broader: ["guizhou"] },
    { id: "qianzhong", kind: "place", label: "黔中", variants: ["黔中", "黔中地区", "黔中经济区", "黔中城市群"], english: ["central guizhou"], broader: ["guizhou"] },
    { id: "qianxibei", kind: "place", label: "黔西北", variants: ["黔西北", "黔西北地区"], english: ["northwestern guizhou"], broader: ["guizhou"] },
    { id: "qiandongbei", kind: "place", label: "黔东北", variants: ["黔东北", "黔东北地区"], english: ["northeastern guizhou"], broader: ["guizhou"] },
    { id: "qianxi-region", kind: "place", label: "黔西地区", variants: ["黔西地区", "黔西片区"], english: ["western guizhou"], broader: ["guizhou"], note: "泛指六盘水、毕节一带；单说“黔西”指黔西市。" },
    {
      id: "wu-zheng-dao",
      kind: "place",
      label: "务正道铝资源富集区",
      // 二（三）: 以“务川—正安—道真”铝资源富集区…为重点.
      terms: ["务川—正安—道真", "铝资源富集区"],
      variants: ["务正道", "务正道地区", "务川正安道真", "务川、正安、道真", "务川-正安-道真", "黔北铝资源富集区", "务正道铝土矿", "务正道片区"],
      english: ["wuchuan-zheng'an-daozhen", "wu-zheng-dao", "bauxite-rich area", "resource-rich area", "aluminium resource-rich area", "wu zheng dao"],
      broader: ["zunyi"],
    },
    // The nine prefecture-level divisions.
    { id: "guiyang", kind: "place", label: "贵阳", variants: ["贵阳", "贵阳市", "筑城", "林城", "贵阳贵安", "贵安新区", "贵安"], english: ["guiyang", "gui'an", ...pinyinForms(PLACE_PINYIN.贵阳)], broader: ["qianzhong"] },
    { id: "liupanshui", kind: "place", label: "六盘水", variants: ["六盘水", "六盘水市", "凉都", "中国凉都"], english: ["liupanshui", ...pinyinForms(PLACE_PINYIN.六盘水)], mistypes: ["六盘谁", "六潘水"], broader: ["qianxi-region"] },
    { id: "zunyi", kind: "place", label: "遵义", terms: ["遵义"], variants: ["遵义市", "遵义地区"], english: ["zunyi", ...pinyinForms(PLACE_PINYIN.遵义)], mistypes: ["尊义", "遵易"], broader: ["qianbei"] },
    { id: "anshun", kind: "place", label: "安顺", variants: ["安顺", "安顺市"], english: ["anshun", ...pinyinForms(PLACE_PINYIN.安顺)], broader: ["qianzhong"] },
    { id: "bijie", kind: "place", label: "毕节", variants: ["毕节", "毕节市", "毕节地区"], english: ["bijie", ...pinyinForms(PLACE_PINYIN.毕节)], broader: ["qianxibei"] },
    { id: "tongren", kind: "place", label: "铜仁", variants: ["铜仁", "铜仁市", "铜仁地区"], english: ["tongren", ...pinyinForms(PLACE_PINYIN.铜仁)], broader: ["qiandongbei"] },
    {
      id: "qianxinan",
      kind: "place",
      label: "黔西南州",
      variants: ["黔西南", "黔西南州", "黔西南布依族苗族自治州", "黔西南自治州"],
      english: ["qianxinan", ...pinyinForms(PLACE_PINYIN.黔西南)],
      mistypes: ["前西南", "钱西南"],
      broader: ["guizhou"],
    },
    { id: "qiandongnan", kind: "place", label: "黔东南州", variants: ["黔东南", "黔东南州", "黔东南苗族侗族自治州", "黔东南自治州"], english: ["qiandongnan", ...pinyinForms(PLACE_PINYIN.黔东南)], broader: ["guizhou"] },
    { id: "qiannan", kind: "place", label: "黔南州", variants: ["黔南", "黔南州", "黔南布依族苗族自治州", "黔南自治州"], english: ["qiannan", ...pinyinForms(PLACE_PINYIN.黔南)], broader: ["guizhou"] },
    ...COUNTIES.map(countyConcept),
  ],
};
