import { PROVINCES } from "../lexicon/data/divisions.js";

/** What may follow a city name and still name it (百色市, 大理州, 兴安盟, 阿里地区). */
const CITY_MARKERS = ["市", "州", "盟", "地区"];

/** Cities whose bare name is an everyday word (大同, 白银, 朝阳…): they count only as 大同市 or 山西大同. */
const AMBIGUOUS_CITIES = new Set(["大同", "白银", "阿里", "安康", "中山", "朝阳", "日照", "来宾", "长治", "白山", "玉树", "黄山", "山南", "海西", "海北", "新乡"]);

/** Words right before a place that make it where supplies come from or go to (从云南、销往广东). */
const SUPPLY_CUES_BEFORE = ["从", "来自", "购自", "运自", "外购", "采购", "进口", "买", "用", "调运", "拉", "卖到", "销往", "运到", "发往", "销售到", "出口到"];
/** Words right after a place with the same effect (云南运来、广西的客户). */
const SUPPLY_CUES_AFTER = ["运来", "运过来", "调来", "进口", "采购", "购买", "买来", "买的", "供应", "供货", "的客户", "的市场", "客户", "市场"];
/** Words placing the project in the policy's own province without naming it. */
const HOME_CUES = ["省内", "本省"];

/** A way of naming a place that fixes its province: 云南, 广西壮族自治区, 百色, 大同市. */
export interface ProvinceAlias {
  alias: string;
  province: string;
  /** The prefecture-level city named, when the alias is a city. */
  city: string | null;
}

/** A province-fixing mention found in a text. */
export interface ProvinceMention extends ProvinceAlias {
  at: number;
}

/** Every alias of the provinces in src/lexicon/data/divisions.ts, longest first so 内蒙古自治区 beats 内蒙古. */
export function buildProvinceIndex(): ProvinceAlias[] {
  const out: ProvinceAlias[] = [];
  for (const p of PROVINCES) {
    for (const alias of new Set([p.name, p.fullName])) out.push({ alias, province: p.name, city: null });
    for (const city of p.cities) {
      // 大同、朝阳、白银 are everyday words: they count only as 大同市 or right after the province (山西大同).
      const forms = AMBIGUOUS_CITIES.has(city) ? [] : [city];
      for (const marker of CITY_MARKERS) if (!city.endsWith(marker)) forms.push(city + marker);
      forms.push(p.name + city, p.fullName + city);
      for (const alias of new Set(forms)) out.push({ alias, province: p.name, city });
    }
  }
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

/** The canonical short province name for a full or short name (贵州省 → 贵州), or null. */
export function canonicalProvince(name: string): string | null {
  const p = PROVINCES.find((x) => name === x.name || name === x.fullName || name.startsWith(x.fullName) || name.startsWith(x.name));
  return p?.name ?? null;
}

/**
 * Every province-fixing mention in `text`, left to right, without overlaps (the longest alias wins
 * at a position). Mentions that name where supplies come from or go to (从云南运来、广西的客户) are
 * dropped: they say nothing about where the project itself is.
 */
export function findProvinceMentions(text: string, index: readonly ProvinceAlias[]): ProvinceMention[] {
  const hits: ProvinceMention[] = [];
  // Characters already claimed by a longer alias; a flag per position keeps huge inputs linear.
  const taken = new Uint8Array(text.length);
  for (const a of index) {
    for (let at = text.indexOf(a.alias); at !== -1; at = text.indexOf(a.alias, at + a.alias.length)) {
      if (taken.subarray(at, at + a.alias.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + a.alias.length);
      hits.push({ ...a, at });
    }
  }
  return hits
    .filter((h) => !isSupplyMention(text, h))
    .sort((x, y) => x.at - y.at);
}

function isSupplyMention(text: string, h: ProvinceMention): boolean {
  const before = text.slice(Math.max(0, h.at - 2), h.at);
  const after = text.slice(h.at + h.alias.length, h.at + h.alias.length + 4);
  return SUPPLY_CUES_BEFORE.some((c) => before.endsWith(c)) || SUPPLY_CUES_AFTER.some((c) => after.startsWith(c));
}

/** True when the text says the project is in the policy's own province without naming it (省内、本省). */
export function mentionsHomeCue(text: string): boolean {
  return HOME_CUES.some((c) => text.includes(c));
}
