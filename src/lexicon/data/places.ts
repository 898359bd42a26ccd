import type { LexiconSection } from "../concept-schema.js";

type ConceptInput = LexiconSection["concepts"][number];

/**
 * Places in Guizhou: the province, its nine prefecture-level cities and prefectures, their 88 counties
 * and districts (folded from src/data/guizhou-places.json), the regional names people use (黔北, 黔中…)
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

type CityId = "guiyang" | "liupanshui" | "zunyi" | "anshun" | "bijie" | "tongren" | "qianxinan" | "qiandongnan" | "qiannan";

/** [id, full name, short name, city]: the county-level divisions of src/data/guizhou-places.json. */
const COUNTIES: ReadonlyArray<readonly [string, string, string, CityId]> = [
  ["nanming", "南明区", "南明", "guiyang"],
  ["yunyan", "云岩区", "云岩", "guiyang"],
  ["huaxi", "花溪区", "花溪", "guiyang"],
  ["wudang", "乌当区", "乌当", "guiyang"],
  ["baiyun", "白云区", "白云", "guiyang"],
  ["guanshanhu", "观山湖区", "观山湖", "guiyang"],
  ["qingzhen", "清镇市", "清镇", "guiyang"],
  ["kaiyang", "开阳县", "开阳", "guiyang"],
  ["xifeng", "息烽县", "息烽", "guiyang"],
  ["xiuwen", "修文县", "修文", "guiyang"],
  ["zhongshan", "钟山区", "钟山", "liupanshui"],
  ["liuzhi", "六枝特区", "六枝", "liupanshui"],
  ["shuicheng", "水城区", "水城", "liupanshui"],
  ["panzhou", "盘州市", "盘州", "liupanshui"],
  ["honghuagang", "红花岗区", "红花岗", "zunyi"],
  ["huichuan", "汇川区", "汇川", "zunyi"],
  ["bozhou", "播州区", "播州", "zunyi"],
  ["tongzi", "桐梓县", "桐梓", "zunyi"],
  ["suiyang", "绥阳县", "绥阳", "zunyi"],
  ["zhengan", "正安县", "正安", "zunyi"],
  ["daozhen", "道真仡佬族苗族自治县", "道真", "zunyi"],
  ["wuchuan", "务川仡佬族苗族自治县", "务川", "zunyi"],
  ["fenggang", "凤冈县", "凤冈", "zunyi"],
  ["meitan", "湄潭县", "湄潭", "zunyi"],
  ["yuqing", "余庆县", "余庆", "zunyi"],
  ["xishui", "习水县", "习水", "zunyi"],
  ["chishui", "赤水市", "赤水", "zunyi"],
  ["renhuai", "仁怀市", "仁怀", "zunyi"],
  ["xixiu", "西秀区", "西秀", "anshun"],
  ["pingba", "平坝区", "平坝", "anshun"],
  ["puding", "普定县", "普定", "anshun"],
  ["zhenning", "镇宁布依族苗族自治县", "镇宁", "anshun"],
  ["guanling", "关岭布依族苗族自治县", "关岭", "anshun"],
  ["ziyun", "紫云苗族布依族自治县", "紫云", "anshun"],
  ["qixingguan", "七星关区", "七星关", "bijie"],
  ["dafang", "大方县", "大方", "bijie"],
  ["qianxi", "黔西市", "黔西", "bijie"],
  ["jinsha", "金沙县", "金沙", "bijie"],
  ["zhijin", "织金县", "织金", "bijie"],
  ["nayong", "纳雍县", "纳雍", "bijie"],
  ["weining", "威宁彝族回族苗族自治县", "威宁", "bijie"],
  ["hezhang", "赫章县", "赫章", "bijie"],
  ["bijiang", "碧江区", "碧江", "tongren"],
  ["wanshan", "万山区", "万山", "tongren"],
  ["jiangkou", "江口县", "江口", "tongren"],
  ["yuping", "玉屏侗族自治县", "玉屏", "tongren"],
  ["shiqian", "石阡县", "石阡", "tongren"],
  ["sinan", "思南县", "思南", "tongren"],
  ["yinjiang", "印江土家族苗族自治县", "印江", "tongren"],
  ["dejiang", "德江县", "德江", "tongren"],
  ["yanhe", "沿河土家族自治县", "沿河", "tongren"],
  ["songtao", "松桃苗族自治县", "松桃", "tongren"],
  ["xingyi", "兴义市", "兴义", "qianxinan"],
  ["xingren", "兴仁市", "兴仁", "qianxinan"],
  ["puan", "普安县", "普安", "qianxinan"],
  ["qinglong", "晴隆县", "晴隆", "qianxinan"],
  ["zhenfeng", "贞丰县", "贞丰", "qianxinan"],
  ["wangmo", "望谟县", "望谟", "qianxinan"],
  ["ceheng", "册亨县", "册亨", "qianxinan"],
  ["anlong", "安龙县", "安龙", "qianxinan"],
  ["kaili", "凯里市", "凯里", "qiandongnan"],
  ["huangping", "黄平县", "黄平", "qiandongnan"],
  ["shibing", "施秉县", "施秉", "qiandongnan"],
  ["sansui", "三穗县", "三穗", "qiandongnan"],
  ["zhenyuan", "镇远县", "镇远", "qiandongnan"],
  ["cengong", "岑巩县", "岑巩", "qiandongnan"],
  ["tianzhu", "天柱县", "天柱", "qiandongnan"],
  ["jinping", "锦屏县", "锦屏", "qiandongnan"],
  ["jianhe", "剑河县", "剑河", "qiandongnan"],
  ["taijiang", "台江县", "台江", "qiandongnan"],
  ["liping", "黎平县", "黎平", "qiandongnan"],
  ["rongjiang", "榕江县", "榕江", "qiandongnan"],
  ["congjiang", "从江县", "从江", "qiandongnan"],
  ["leishan", "雷山县", "雷山", "qiandongnan"],
  ["majiang", "麻江县", "麻江", "qiandongnan"],
  ["danzhai", "丹寨县", "丹寨", "qiandongnan"],
  ["duyun", "都匀市", "都匀", "qiannan"],
  ["fuquan", "福泉市", "福泉", "qiannan"],
  ["libo", "荔波县", "荔波", "qiannan"],
  ["guiding", "贵定县", "贵定", "qiannan"],
  ["wengan", "瓮安县", "瓮安", "qiannan"],
  ["dushan", "独山县", "独山", "qiannan"],
  ["pingtang", "平塘县", "平塘", "qiannan"],
  ["luodian", "罗甸县", "罗甸", "qiannan"],
  ["changshun", "长顺县", "长顺", "qiannan"],
  ["longli", "龙里县", "龙里", "qiannan"],
  ["huishui", "惠水县", "惠水", "qiannan"],
  ["sandu", "三都水族自治县", "三都", "qiannan"],
];

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

function countyConcept([id, full, short, city]: readonly [string, string, string, CityId]): ConceptInput {
  const terms = IN_DOCUMENT.has(short) ? [short] : [];
  const bare = !NO_BARE_SHORT_NAME.has(short) && terms.length === 0 && short !== full;
  const variants = [...new Set([full, ...(bare ? [short] : []), ...(FORMER_NAMES[id] ?? [])])];
  const english = PARK_ENGLISH.has(id) ? [`${id} ${full.endsWith("区") ? "district" : "city"}`] : [id];
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
      english: ["wuchuan-zheng'an-daozhen", "wu-zheng-dao"],
      broader: ["zunyi"],
    },
    // The nine prefecture-level divisions.
    { id: "guiyang", kind: "place", label: "贵阳", variants: ["贵阳", "贵阳市", "筑城", "林城", "贵阳贵安", "贵安新区", "贵安"], english: ["guiyang", "gui'an"], broader: ["qianzhong"] },
    { id: "liupanshui", kind: "place", label: "六盘水", variants: ["六盘水", "六盘水市", "凉都", "中国凉都"], english: ["liupanshui"], mistypes: ["六盘谁", "六潘水"], broader: ["qianxi-region"] },
    { id: "zunyi", kind: "place", label: "遵义", terms: ["遵义"], variants: ["遵义市", "遵义地区"], english: ["zunyi"], mistypes: ["尊义", "遵易"], broader: ["qianbei"] },
    { id: "anshun", kind: "place", label: "安顺", variants: ["安顺", "安顺市"], english: ["anshun"], broader: ["qianzhong"] },
    { id: "bijie", kind: "place", label: "毕节", variants: ["毕节", "毕节市", "毕节地区"], english: ["bijie"], broader: ["qianxibei"] },
    { id: "tongren", kind: "place", label: "铜仁", variants: ["铜仁", "铜仁市", "铜仁地区"], english: ["tongren"], broader: ["qiandongbei"] },
    {
      id: "qianxinan",
      kind: "place",
      label: "黔西南州",
      variants: ["黔西南", "黔西南州", "黔西南布依族苗族自治州", "黔西南自治州"],
      english: ["qianxinan"],
      mistypes: ["前西南", "钱西南"],
      broader: ["guizhou"],
    },
    { id: "qiandongnan", kind: "place", label: "黔东南州", variants: ["黔东南", "黔东南州", "黔东南苗族侗族自治州", "黔东南自治州"], english: ["qiandongnan"], broader: ["guizhou"] },
    { id: "qiannan", kind: "place", label: "黔南州", variants: ["黔南", "黔南州", "黔南布依族苗族自治州", "黔南自治州"], english: ["qiannan"], broader: ["guizhou"] },
    ...COUNTIES.map(countyConcept),
  ],
};
