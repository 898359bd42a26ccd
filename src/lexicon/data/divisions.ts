import { z } from "zod";

/**
 * China's administrative divisions, the one source for every consumer of place names: the lexicon's
 * place concepts (places.ts: Guizhou's cities and counties) and its uncovered province-* concepts
 * (uncovered.ts), and the admission checks' gazetteer and province index (src/admission/place-index.ts,
 * province-index.ts). Each consumer applies its own alias policy (which short forms count bare); the
 * names, ids and which county lies in which city live only here. Validated when the module loads.
 *
 * The gazetteer covers one province county by county (贵州, the policy's province); every other
 * province is known by its name and its prefecture-level cities (short forms). The policy's own
 * province is still derived from the corpus (its issuer), never from this list.
 */

/** [pinyin id, full name, short name people say]: 道真仡佬族苗族自治县 → 道真. */
const CountySchema = z.tuple([z.string().min(1), z.string().min(2), z.string().min(2)]);

const CitySchema = z.object({
  /** The lexicon concept id of the city (places.ts) and what counties and localities refer to. */
  id: z.string().min(1),
  name: z.string().min(2),
  short: z.string().min(2),
  /** Further names of the prefecture besides its full and short name (黔西南州). */
  otherForms: z.array(z.string().min(2)).default([]),
  counties: z.array(CountySchema).min(1),
});

const ProvinceSchema = z.object({
  /** Pinyin id: the lexicon's uncovered concept is `province-<id>`. */
  id: z.string().min(1),
  name: z.string().min(2),
  fullName: z.string().min(2),
  /** Prefecture-level cities, short forms. Empty for the gazetteer province: its cities come from `gazetteer`. */
  cities: z.array(z.string().min(2)).default([]),
});

const DivisionsSchema = z
  .object({
    gazetteer: z.object({
      /** Id of the province the gazetteer covers, one of `provinces`. */
      province: z.string(),
      cities: z.array(CitySchema).min(1),
      /** Towns named for their park that fix the city (炉碧 → 六盘水市): locality → city id. */
      localities: z.record(z.string().min(2), z.string()),
    }),
    provinces: z.array(ProvinceSchema).min(1),
  })
  .superRefine((d, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    const cityIds = new Set(d.gazetteer.cities.map((c) => c.id));
    const ids = [...d.provinces.map((p) => p.id), ...cityIds, ...d.gazetteer.cities.flatMap((c) => c.counties.map(([id]) => id))];
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) issue(`行政区划 id 重复：${id}`);
    const home = d.provinces.find((p) => p.id === d.gazetteer.province);
    if (!home) issue(`地名表的省份 ${d.gazetteer.province} 不在省级行政区列表中`);
    else if (home.cities.length) issue(`${home.name}的地级市只应写在地名表中`);
    for (const [town, city] of Object.entries(d.gazetteer.localities)) if (!cityIds.has(city)) issue(`地名 ${town} 所属的市 ${city} 不存在`);
  });

export type County = z.infer<typeof CountySchema>;
export type GazetteerCity = z.infer<typeof CitySchema>;
export type Province = z.infer<typeof ProvinceSchema>;

const DIVISIONS = DivisionsSchema.parse({
  gazetteer: {
    province: "guizhou",
    cities: [
      {
        id: "guiyang",
        name: "贵阳市",
        short: "贵阳",
        counties: [
          ["nanming", "南明区", "南明"],
          ["yunyan", "云岩区", "云岩"],
          ["huaxi", "花溪区", "花溪"],
          ["wudang", "乌当区", "乌当"],
          ["baiyun", "白云区", "白云"],
          ["guanshanhu", "观山湖区", "观山湖"],
          ["qingzhen", "清镇市", "清镇"],
          ["kaiyang", "开阳县", "开阳"],
          ["xifeng", "息烽县", "息烽"],
          ["xiuwen", "修文县", "修文"],
        ],
      },
      {
        id: "liupanshui",
        name: "六盘水市",
        short: "六盘水",
        counties: [
          ["zhongshan", "钟山区", "钟山"],
          ["liuzhi", "六枝特区", "六枝"],
          ["shuicheng", "水城区", "水城"],
          ["panzhou", "盘州市", "盘州"],
        ],
      },
      {
        id: "zunyi",
        name: "遵义市",
        short: "遵义",
        counties: [
          ["honghuagang", "红花岗区", "红花岗"],
          ["huichuan", "汇川区", "汇川"],
          ["bozhou", "播州区", "播州"],
          ["tongzi", "桐梓县", "桐梓"],
          ["suiyang", "绥阳县", "绥阳"],
          ["zhengan", "正安县", "正安"],
          ["daozhen", "道真仡佬族苗族自治县", "道真"],
          ["wuchuan", "务川仡佬族苗族自治县", "务川"],
          ["fenggang", "凤冈县", "凤冈"],
          ["meitan", "湄潭县", "湄潭"],
          ["yuqing", "余庆县", "余庆"],
          ["xishui", "习水县", "习水"],
          ["chishui", "赤水市", "赤水"],
          ["renhuai", "仁怀市", "仁怀"],
        ],
      },
      {
        id: "anshun",
        name: "安顺市",
        short: "安顺",
        counties: [
          ["xixiu", "西秀区", "西秀"],
          ["pingba", "平坝区", "平坝"],
          ["puding", "普定县", "普定"],
          ["zhenning", "镇宁布依族苗族自治县", "镇宁"],
          ["guanling", "关岭布依族苗族自治县", "关岭"],
          ["ziyun", "紫云苗族布依族自治县", "紫云"],
        ],
      },
      {
        id: "bijie",
        name: "毕节市",
        short: "毕节",
        counties: [
          ["qixingguan", "七星关区", "七星关"],
          ["dafang", "大方县", "大方"],
          ["qianxi", "黔西市", "黔西"],
          ["jinsha", "金沙县", "金沙"],
          ["zhijin", "织金县", "织金"],
          ["nayong", "纳雍县", "纳雍"],
          ["weining", "威宁彝族回族苗族自治县", "威宁"],
          ["hezhang", "赫章县", "赫章"],
        ],
      },
      {
        id: "tongren",
        name: "铜仁市",
        short: "铜仁",
        counties: [
          ["bijiang", "碧江区", "碧江"],
          ["wanshan", "万山区", "万山"],
          ["jiangkou", "江口县", "江口"],
          ["yuping", "玉屏侗族自治县", "玉屏"],
          ["shiqian", "石阡县", "石阡"],
          ["sinan", "思南县", "思南"],
          ["yinjiang", "印江土家族苗族自治县", "印江"],
          ["dejiang", "德江县", "德江"],
          ["yanhe", "沿河土家族自治县", "沿河"],
          ["songtao", "松桃苗族自治县", "松桃"],
        ],
      },
      {
        id: "qianxinan",
        name: "黔西南布依族苗族自治州",
        short: "黔西南",
        otherForms: ["黔西南州"],
        counties: [
          ["xingyi", "兴义市", "兴义"],
          ["xingren", "兴仁市", "兴仁"],
          ["puan", "普安县", "普安"],
          ["qinglong", "晴隆县", "晴隆"],
          ["zhenfeng", "贞丰县", "贞丰"],
          ["wangmo", "望谟县", "望谟"],
          ["ceheng", "册亨县", "册亨"],
          ["anlong", "安龙县", "安龙"],
        ],
      },
      {
        id: "qiandongnan",
        name: "黔东南苗族侗族自治州",
        short: "黔东南",
        otherForms: ["黔东南州"],
        counties: [
          ["kaili", "凯里市", "凯里"],
          ["huangping", "黄平县", "黄平"],
          ["shibing", "施秉县", "施秉"],
          ["sansui", "三穗县", "三穗"],
          ["zhenyuan", "镇远县", "镇远"],
          ["cengong", "岑巩县", "岑巩"],
          ["tianzhu", "天柱县", "天柱"],
          ["jinping", "锦屏县", "锦屏"],
          ["jianhe", "剑河县", "剑河"],
          ["taijiang", "台江县", "台江"],
          ["liping", "黎平县", "黎平"],
          ["rongjiang", "榕江县", "榕江"],
          ["congjiang", "从江县", "从江"],
          ["leishan", "雷山县", "雷山"],
          ["majiang", "麻江县", "麻江"],
          ["danzhai", "丹寨县", "丹寨"],
        ],
      },
      {
        id: "qiannan",
        name: "黔南布依族苗族自治州",
        short: "黔南",
        otherForms: ["黔南州"],
        counties: [
          ["duyun", "都匀市", "都匀"],
          ["fuquan", "福泉市", "福泉"],
          ["libo", "荔波县", "荔波"],
          ["guiding", "贵定县", "贵定"],
          ["wengan", "瓮安县", "瓮安"],
          ["dushan", "独山县", "独山"],
          ["pingtang", "平塘县", "平塘"],
          ["luodian", "罗甸县", "罗甸"],
          ["changshun", "长顺县", "长顺"],
          ["longli", "龙里县", "龙里"],
          ["huishui", "惠水县", "惠水"],
          ["sandu", "三都水族自治县", "三都"],
        ],
      },
    ],
    localities: { 炉碧: "liupanshui", 苟江: "zunyi", 和平: "zunyi" },
  },
  provinces: [
    { id: "beijing", name: "北京", fullName: "北京市", cities: [] },
    { id: "tianjin", name: "天津", fullName: "天津市", cities: [] },
    { id: "shanghai", name: "上海", fullName: "上海市", cities: [] },
    { id: "chongqing", name: "重庆", fullName: "重庆市", cities: [] },
    { id: "hebei", name: "河北", fullName: "河北省", cities: ["石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水"] },
    { id: "shanxi", name: "山西", fullName: "山西省", cities: ["太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁"] },
    { id: "neimenggu", name: "内蒙古", fullName: "内蒙古自治区", cities: ["呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布", "兴安盟", "锡林郭勒", "阿拉善"] },
    { id: "liaoning", name: "辽宁", fullName: "辽宁省", cities: ["沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛"] },
    { id: "jilin", name: "吉林", fullName: "吉林省", cities: ["长春", "四平", "辽源", "通化", "白山", "松原", "白城", "延边"] },
    { id: "heilongjiang", name: "黑龙江", fullName: "黑龙江省", cities: ["哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化", "大兴安岭"] },
    { id: "jiangsu", name: "江苏", fullName: "江苏省", cities: ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"] },
    { id: "zhejiang", name: "浙江", fullName: "浙江省", cities: ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"] },
    { id: "anhui", name: "安徽", fullName: "安徽省", cities: ["合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城"] },
    { id: "fujian", name: "福建", fullName: "福建省", cities: ["福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德"] },
    { id: "jiangxi", name: "江西", fullName: "江西省", cities: ["南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶"] },
    { id: "shandong", name: "山东", fullName: "山东省", cities: ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州", "菏泽"] },
    { id: "henan", name: "河南", fullName: "河南省", cities: ["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "济源"] },
    { id: "hubei", name: "湖北", fullName: "湖北省", cities: ["武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施"] },
    { id: "hunan", name: "湖南", fullName: "湖南省", cities: ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底", "湘西"] },
    { id: "guangdong", name: "广东", fullName: "广东省", cities: ["广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮"] },
    { id: "guangxi", name: "广西", fullName: "广西壮族自治区", cities: ["南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左"] },
    { id: "hainan", name: "海南", fullName: "海南省", cities: ["海口", "三亚", "三沙", "儋州"] },
    { id: "sichuan", name: "四川", fullName: "四川省", cities: ["成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳", "阿坝", "甘孜", "凉山"] },
    { id: "guizhou", name: "贵州", fullName: "贵州省", cities: [] },
    { id: "yunnan", name: "云南", fullName: "云南省", cities: ["昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", "楚雄", "红河", "文山", "西双版纳", "大理", "德宏", "怒江", "迪庆"] },
    { id: "xizang", name: "西藏", fullName: "西藏自治区", cities: ["拉萨", "日喀则", "昌都", "林芝", "山南", "那曲", "阿里"] },
    { id: "shaanxi", name: "陕西", fullName: "陕西省", cities: ["西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛"] },
    { id: "gansu", name: "甘肃", fullName: "甘肃省", cities: ["兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南", "临夏", "甘南"] },
    { id: "qinghai", name: "青海", fullName: "青海省", cities: ["西宁", "海东", "海北", "黄南", "果洛", "玉树", "海西"] },
    { id: "ningxia", name: "宁夏", fullName: "宁夏回族自治区", cities: ["银川", "石嘴山", "吴忠", "固原", "中卫"] },
    { id: "xinjiang", name: "新疆", fullName: "新疆维吾尔自治区", cities: ["乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "博尔塔拉", "巴音郭楞", "阿克苏", "克孜勒苏", "喀什", "和田", "伊犁", "塔城", "阿勒泰", "石河子"] },
    { id: "taiwan", name: "台湾", fullName: "台湾省", cities: [] },
    { id: "xianggang", name: "香港", fullName: "香港特别行政区", cities: [] },
    { id: "aomen", name: "澳门", fullName: "澳门特别行政区", cities: [] },
  ],
});

/** Guizhou's prefecture-level divisions, each with its counties. */
export const GAZETTEER_CITIES: readonly GazetteerCity[] = DIVISIONS.gazetteer.cities;

/** The province the gazetteer covers, its cities filled in from the gazetteer (short forms). */
export const GAZETTEER_PROVINCE: Province = (() => {
  const p = DIVISIONS.provinces.find((x) => x.id === DIVISIONS.gazetteer.province)!;
  return { ...p, cities: GAZETTEER_CITIES.map((c) => c.short) };
})();

/** Park towns that fix their city, as locality → the city's full name. */
export const GAZETTEER_LOCALITIES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DIVISIONS.gazetteer.localities).map(([town, id]) => [town, GAZETTEER_CITIES.find((c) => c.id === id)!.name]),
);

/** Every provincial-level division in the usual order, the gazetteer province included. */
export const PROVINCES: readonly Province[] = DIVISIONS.provinces.map((p) => (p.id === GAZETTEER_PROVINCE.id ? GAZETTEER_PROVINCE : p));
