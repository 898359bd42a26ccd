import type { LexiconSection } from "../concept-schema.js";
import { pinyinForms } from "../pinyin-forms.js";
import { GAZETTEER_CITIES, GAZETTEER_PROVINCE, PROVINCES, type Province } from "./divisions.js";
import { PLACE_PINYIN } from "./place-pinyin.js";

type ConceptInput = LexiconSection["concepts"][number];

/**
 * Topics the document does NOT address. A question about them is refused (or answered as “文件没有
 * 提到…”) by decision, pointing at the covered concepts in `near`. Every surface form here must be absent
 * from the corpus (a test holds that, pinyin homophones included), and is phrased narrowly: the general
 * word stays covered (贷款, 补贴, 电价 are instruments) while the figure behind it (贷款利率, 补贴多少,
 * 电价多少) is uncovered, because the document states no amounts.
 */

// ── Other provinces (divisions.ts, without 贵州) ──────────────────────────────────────────────────

/** The provinces other than the gazetteer's (贵州 is covered: places.ts). */
const OTHER_PROVINCES = PROVINCES.filter((p) => p.id !== GAZETTEER_PROVINCE.id);

/** English names that differ from the pinyin. */
const PROVINCE_ENGLISH: Record<string, string[]> = {
  neimenggu: ["inner mongolia"],
  xizang: ["tibet"],
  shaanxi: ["shaanxi"],
  shanxi: ["shanxi"],
  xianggang: ["hong kong"],
  aomen: ["macau", "macao"],
  guangxi: ["guangxi"],
};

/** Everyday names besides the official ones: abbreviations and the aluminium towns people ask about. */
const PROVINCE_EXTRA: Record<string, string[]> = {
  neimenggu: ["内蒙", "霍林郭勒"],
  shandong: ["邹平", "茌平", "魏桥"],
  guangxi: ["广西壮族"],
  henan: ["巩义"],
  shanxi: ["孝义"],
  yunnan: ["鹤庆", "砚山"],
  xinjiang: ["准东", "新疆维吾尔"],
  ningxia: ["宁东"],
  xianggang: ["香港地区"],
  aomen: ["澳门地区"],
  taiwan: ["台湾地区"],
};

/**
 * City names left out: everyday words (来宾 “guest”, 朝阳 “sunrise”, 白银 “silver”, 日照 “sunshine”, 安康,
 * 山南, 阿里) and pinyin homophones of frequent words (大理 ≈ 大力, 百色 ≈ 白色, 大庆 ≈ 大清, 信阳 ≈ 信仰,
 * 晋城 ≈ 进城, 焦作 ≈ 叫作, 三明 ≈ 三名, 宣城 ≈ 宣称, 通化 ≈ 通话) and names that straddle word boundaries (扩大同时, 确定西部) are kept only as
 * “X市”; 海南 also names a 青海 prefecture.
 */
const CITY_STOPLIST = new Set(["来宾", "朝阳", "白银", "日照", "安康", "山南", "阿里", "大理", "海南", "大庆", "百色", "信阳", "晋城", "焦作", "大同", "定西", "三明", "宣城", "通化"]);
/** The full form kept for a stop-listed city, where it is not simply “X市”. */
const CITY_FULL_FORM: Record<string, string> = { 阿里: "阿里地区", 大理: "大理州", 海南: "海南藏族自治州" };

/**
 * A province's cities in pinyin (generated: place-pinyin.ts), run together: "a plant in Baise" names
 * 广西. Left out: short ones (ji'an, lu'an read as words), a pinyin two cities share (taizhou, suzhou,
 * fuzhou, yulin) or a Guizhou place has, and the stop-listed cities above.
 */
const GUIZHOU_PINYIN = new Set(GAZETTEER_CITIES.flatMap((c) => [c.short, ...c.counties.map(([, , short]) => short)]).flatMap((n) => pinyinForms(PLACE_PINYIN[n])));
const CITY_PINYIN_COUNT = new Map<string, number>();
for (const p of OTHER_PROVINCES) for (const c of new Set([p.name, ...p.cities])) for (const f of pinyinForms(PLACE_PINYIN[c], { spaced: false })) CITY_PINYIN_COUNT.set(f, (CITY_PINYIN_COUNT.get(f) ?? 0) + 1);
function cityPinyin(cities: readonly string[], own: readonly string[]): string[] {
  return cities
    .filter((c) => !CITY_STOPLIST.has(c))
    .flatMap((c) => pinyinForms(PLACE_PINYIN[c], { spaced: false }))
    .filter((f) => f.replace("'", "").length >= 5 && CITY_PINYIN_COUNT.get(f) === 1 && !GUIZHOU_PINYIN.has(f) && !own.includes(f));
}

function provinceConcept({ id, name, fullName: full, cities }: Province): ConceptInput {
  const variants = [...new Set([name, full, ...(PROVINCE_EXTRA[id] ?? []), ...cities.map((c) => (CITY_STOPLIST.has(c) ? (CITY_FULL_FORM[c] ?? `${c}市`) : c)).filter((c) => c !== name)])];
  return {
    id: `province-${id}`,
    kind: "uncovered",
    label: name,
    variants,
    english: [...new Set([...(PROVINCE_ENGLISH[id] ?? [id]), ...cityPinyin(cities.filter((c) => c !== name), PROVINCE_ENGLISH[id] ?? [id])])],
    notCovered: `文件是贵州省的政策，没有涉及${name}的规定。`,
    near: ["guizhou"],
  };
}

/** Products whose price people ask by name (the raw materials' prices are raw-material-prices, 铝锭价格 is aluminium-price). */
const PRICED_PRODUCTS = ["铝水", "铝液", "原铝", "电解铝", "再生铝", "再生铝锭", "电解铝锭", "原铝锭", "铝合金锭", "铝棒", "铝板", "铝材", "铝型材", "铝箔", "铝合金", "铝线", "铝管"];

export const uncoveredSection: LexiconSection = {
  section: "uncovered",
  concepts: [
    // ── Prices, markets, forecasts ──────────────────────────────────────────
    {
      id: "aluminium-price",
      kind: "uncovered",
      label: "铝价行情",
      variants: [
        "铝价", "铝价格", "铝锭价格", "铝价走势", "铝价行情", "现货价", "长江现货", "南储", "铝价会涨", "铝价会跌", "铝价多少", "铝价预测",
        "铝市行情", "铝价涨跌", "铝价上涨", "铝价下跌",
      ],
      english: ["aluminium price", "aluminum price", "aluminium prices", "aluminum prices", "lme", "price of aluminium", "price of aluminum", "ingot price", "ingot prices", "price of aluminium ingots", "price of aluminum ingots", "spot price"],
      notCovered: "文件没有提到铝价及其走势。",
      near: ["price-risk", "supply-agreement"],
    },
    {
      id: "raw-material-prices",
      kind: "uncovered",
      label: "原料价格",
      variants: [
        "氧化铝价格", "氧化铝报价", "氧化铝行情", "铝土矿价格", "矿石价格", "铝土矿报价", "进口矿价格", "废铝价格", "废铝报价", "废铝回收价格",
        "废铝多少钱", "煤价", "煤炭价格", "预焙阳极价格", "氟化铝价格",
      ],
      english: ["alumina price", "bauxite price", "scrap price", "coal price"],
      // "the price of alumina", "what will bauxite cost": a price word near a raw material, in either order
      // (a price word inside "price risk" or "electricity price" is that other concept, see frames.ts).
      frames: [[["price", "cost", "quote", "quotation"], ["alumina", "bauxite", "scrap", "coal"]]],
      notCovered: "文件没有写氧化铝、铝土矿、废铝等原料的价格。",
      // "氧化铝价格波动太大，文件让上下游签长协吗": long-term supply agreements are the document's answer to price swings.
      near: ["price-risk", "supply-agreement", "bauxite", "scrap-aluminium"],
    },
    {
      id: "product-prices",
      kind: "uncovered",
      label: "产品价格",
      variants: [
        "价格多少", "多少钱一吨", "每吨多少钱", "一吨多少钱", "报价", "售价", "市场价", "市场价格", "价格行情", "涨价", "降价", "价格走势",
        "出厂价", "加工费多少", "加工费",
        // How people ask a price without the word 价格 (卖多少, 行情怎么样); not 什么价, which also reads 什么价格方面的支持.
        "卖多少", "卖多少钱", "卖什么价", "卖啥价", "价位", "多少一吨", "多少钱一公斤", "行情怎么样", "行情如何", "行情咋样",
        // Asking what the market is (啥行情); 行情 alone also sets the scene of a covered question (行情差的时候怎么抗风险).
        "啥行情", "什么行情", "行情咋样了", "现在行情", "最近行情", "单价", "价钱",
      ],
      english: ["price forecast", "market price", "selling price", "going rate", "prices these days"],
      frames: [
        [["how much is", "how much are", "how much does", "what does", "what do"], ["per ton", "per tonne", "a ton", "a tonne", "sell for", "cost these days"]],
      ],
      notCovered: "文件没有写任何产品的价格或加工费。",
      near: ["price-risk", "supply-agreement"],
    },
    {
      // "铝水价格怎么算": the price of a product the document does cover, the product right before it
      // (apart, 电解铝用电价格 is 电价). An aspect: "铝棒价格最近不好，想在清镇扩产，省里支持吗" says why it
      // asks, and is answered in part; a question about the price alone names nothing else and is refused.
      id: "named-product-price",
      aspect: true,
      kind: "uncovered",
      label: "具体产品的价格",
      variants: PRICED_PRODUCTS.flatMap((p) => ["价格", "报价", "价钱", "单价"].map((w) => p + w)),
      notCovered: "文件没有写任何产品的价格或加工费。",
      near: ["price-risk", "supply-agreement"],
    },
    {
      id: "futures",
      kind: "uncovered",
      label: "期货与套保",
      variants: ["期货", "铝期货", "沪铝", "期货价格", "套期保值", "套保", "期权", "上期所", "伦铝", "期货交易", "期货公司", "基差"],
      english: ["futures", "futures hedging", "hedging with futures", "shfe", "options trading"],
      notCovered: "文件没有涉及期货、套期保值等金融操作。",
      near: ["price-risk", "supply-agreement"],
    },
    {
      id: "stock-market",
      kind: "uncovered",
      label: "股票股价",
      variants: ["股价", "股票", "炒股", "买股票", "股市", "a股", "涨停", "铝业股", "概念股", "股票代码", "推荐股票", "哪只股票", "市值", "港股"],
      english: ["stock price", "stock", "stocks", "share price", "stock market"],
      notCovered: "文件不涉及股票、股价，也不提供投资建议。",
      near: ["capital-market"],
    },
    {
      id: "ipo-advice",
      kind: "uncovered",
      label: "上市辅导细节",
      variants: ["上市辅导", "怎么上市", "如何上市", "上市条件", "上市流程", "上市奖励", "上市补贴", "上市奖补", "ipo条件", "上市要求", "上市门槛"],
      english: ["ipo requirements", "how to list"],
      notCovered: "文件没有写企业上市的条件、流程或奖励。",
      near: ["capital-market", "dept-securities-regulator"],
    },
    {
      id: "market-outlook",
      kind: "uncovered",
      label: "市场前景预测",
      variants: [
        "市场需求预测", "市场前景", "行业前景", "发展前景", "市场空间", "需求预测", "供需", "供需平衡", "库存", "社会库存", "产能过剩",
        "需求量", "消费量", "市场容量", "行业景气",
      ],
      english: ["market outlook", "demand forecast", "market demand", "inventory"],
      notCovered: "文件没有分析铝市场的供需和前景。",
      near: ["aluminium-industry", "main-targets"],
    },
    {
      id: "exchange-macro",
      kind: "uncovered",
      label: "汇率与宏观经济",
      variants: ["汇率", "美元", "人民币汇率", "宏观经济", "经济形势", "cpi", "ppi", "gdp增速", "通胀", "利率走势", "降息", "加息"],
      english: ["exchange rate", "inflation", "macroeconomy", "gdp"],
      notCovered: "文件没有讨论汇率、宏观经济形势。",
      near: ["price-risk", "aluminium-industry"],
    },
    // ── Money figures the document never states ─────────────────────────────
    {
      id: "subsidy-amount",
      aspect: true,
      kind: "uncovered",
      label: "补贴金额标准",
      variants: [
        "补贴多少", "补多少钱", "补贴标准", "补助标准", "奖补标准", "补贴金额", "补助金额", "奖励金额", "每吨补贴", "吨铝补贴", "给多少钱",
        "能补多少", "奖励多少", "奖励标准", "补贴比例", "补助多少", "奖补多少", "补贴额度", "最高补贴", "补贴上限", "按投资额补贴",
        "给多少", "给不给钱", "能给多少", "能拿多少", "拿多少钱", "补几成", "奖多少",
      ],
      english: ["subsidy amount", "how much subsidy", "subsidy rate"],
      frames: [
        [["补贴", "补助", "奖补", "奖励", "扶持资金"], ["多少", "几万", "几百万", "金额", "标准", "上限", "额度", "最高"]],
        [["subsidy", "subsidies", "grant", "grants", "reward"], ["how much", "amount", "rate", "maximum", "per ton", "per tonne"]],
      ],
      notCovered: "文件没有写补贴、奖励的具体金额或标准。",
      near: ["subsidy", "special-funds"],
    },
    {
      id: "fund-size",
      aspect: true,
      kind: "uncovered",
      label: "资金与债券规模",
      variants: ["基金规模", "专项资金规模", "资金总额", "资金盘子", "债券额度", "专项债额度", "资金规模", "安排多少资金", "多少亿资金", "基金多少亿"],
      english: ["fund size", "bond quota"],
      notCovered: "文件没有写专项资金、专项债券、基金的规模。",
      near: ["special-funds", "special-bonds", "government-fund"],
    },
    {
      id: "loan-terms",
      aspect: true,
      kind: "uncovered",
      label: "贷款利率额度",
      variants: [
        "贷款利率", "利率多少", "利息多少", "贴息比例", "贷款额度", "能贷多少", "贷多少", "lpr", "贷款期限", "利率优惠", "年化利率", "担保费率", "反担保",
        // The document states no rate of any kind for money lent (利率, 利息 appear nowhere in it).
        "利率", "利息", "授信额度", "放款时间",
      ],
      english: ["interest rate", "interest rates", "loan rate", "loan amount", "interest"],
      // "银行对铝企业授信一般多少", "贷款能贷几年": the loan's size or term beside the loan word (the loan instrument's own forms).
      frames: [
        [["贷款", "信贷", "授信", "借款", "银行贷款", "放贷", "信用贷", "抵押贷款", "流动资金贷款", "项目贷款"], ["多少", "几年", "多久", "多长时间", "上限", "最多"]],
        [["loan", "loans", "credit line", "borrow"], ["how much", "how long", "maximum", "term"]],
      ],
      notCovered: "文件没有写贷款利率、额度、担保费率等融资条件。",
      near: ["loan", "financial-institutions", "guarantee"],
    },
    {
      id: "insurance-premium",
      kind: "uncovered",
      label: "保费与补偿比例",
      variants: ["保费", "保险费率", "保费补贴多少", "补偿比例", "保费补贴比例", "保险金额"],
      english: ["insurance premium", "premium rate"],
      notCovered: "文件没有写首批次保险的保费和补偿比例。",
      near: ["first-batch-insurance"],
    },
    {
      id: "tax-rate-figures",
      aspect: true,
      kind: "uncovered",
      label: "具体税率",
      variants: [
        "税率多少", "税率是多少", "增值税税率", "所得税税率", "退税比例", "退多少税", "税负", "具体税率", "退税多少", "即征即退比例",
        "加计扣除比例", "扣除比例", "税率", "百分之几的税",
      ],
      english: ["tax rate", "vat rate", "refund rate", "refund ratio", "refund percentage", "rebate rate"],
      // "即征即退能退多少比例", "加计扣除能扣几成": the share refunded or deducted, said around the instrument.
      frames: [
        // (Frame words inside a longer lexicon word do not count, so the verb is matched, not 即征即退 itself.)
        [["能退", "可退", "退税", "退还", "返还", "能扣", "抵免", "减免", "能免"], ["多少比例", "百分之几", "几成", "比例是多少", "比例多少", "多大比例"]],
        [["refund", "refunded", "rebate", "deduction", "deducted", "exemption"], ["what percentage", "how much of", "what share", "what proportion", "what ratio"]],
        // An English rate after the tax's own name (a covered term that swallows "tax"): tax … rate, 15%.
        [["deduction", "super deduction", "r&d super deduction", "additional deduction", "vat refund", "immediate refund"], ["ratio", "rate", "percentage", "percent"]],
        [["tax", "taxes", "taxed", "taxation", "income tax", "corporate income tax", "enterprise income tax", "vat", "value-added tax", "value added tax"], ["rate", "rates", "percentage", "levied at"]],
      ],
      notCovered: "文件只要求落实税收优惠，没有写具体税率或退税比例。",
      near: ["income-tax", "vat-refund", "rd-deduction"],
    },
    {
      id: "other-taxes-fees",
      kind: "uncovered",
      label: "其他税费",
      variants: ["环保税", "环境保护税", "资源税", "水资源税", "矿产资源补偿费", "排污费", "个人所得税", "个税", "印花税", "房产税", "土地使用税", "教育费附加"],
      english: ["resource tax", "environmental tax", "personal income tax"],
      notCovered: "文件没有涉及资源税、环保税等其他税费。",
      near: ["tax-incentives"],
    },
    {
      id: "power-price-figures",
      aspect: true,
      kind: "uncovered",
      label: "电价具体数值",
      variants: [
        "电价多少", "每度电多少钱", "一度电多少钱", "几毛钱一度", "电价是多少", "度电价格", "具体电价", "电价标准", "多少钱一度", "电费多少",
        "浮动多少", "电价上浮多少", "加价多少", "输配电价",
        // Tariff schedules by name: which price applies when, never stated (the document names only 电价浮动政策).
        "每千瓦时", "到户电价", "上网电价", "峰谷价差", "度电成本", "几毛一度", "多少一度", "一度多少", "每度", "每度加价", "几分钱", "几分一度", "工商业电价", "大工业电价", "居民电价", "目录电价",
      ],
      english: ["price per kwh", "kwh price", "per kwh", "per kilowatt-hour", "per kilowatt hour", "cents per kwh", "yuan per kwh", "tariff rate"],
      // "电价比别的省贵还是便宜", "What electricity price do smelters pay?": the level of the tariff, not its policy.
      frames: [
        [["电价", "电费"], ["贵不贵", "贵还是便宜", "便宜多少", "几毛", "高不高", "低多少", "比别的省"]],
        [["electricity price", "power price", "electricity tariff", "power tariff", "tariff"], ["pay", "how much", "cents", "yuan", "cheaper", "more expensive"]],
      ],
      notCovered: "文件只提到电解铝行业电价浮动政策，没有写具体电价。",
      near: ["power-price", "power-supply"],
    },
    {
      id: "utility-prices",
      kind: "uncovered",
      label: "水气价格与租金",
      variants: ["水价", "气价", "天然气价格", "蒸汽价格", "水费", "用水价格", "水电费", "厂房租金", "租金", "租厂房", "标准厂房出租", "物业费"],
      english: ["water price", "gas price", "rent"],
      notCovered: "文件没有写水价、气价、厂房租金等费用。",
      near: ["land", "power-price"],
    },
    {
      id: "land-price",
      aspect: true,
      kind: "uncovered",
      label: "地价",
      variants: ["地价多少", "地价是多少", "土地价格", "土地出让金", "每亩多少钱", "亩均价格", "工业用地价格", "土地出让价", "一亩地多少钱", "土地款", "多少钱一亩"],
      english: ["land price", "land cost"],
      notCovered: "文件只说用地应保尽保，没有写地价或土地出让金。",
      near: ["land"],
    },
    {
      id: "quota-price",
      aspect: true,
      kind: "uncovered",
      label: "产能指标价格",
      variants: ["指标价格", "指标多少钱", "产能指标价格", "一吨指标多少钱", "指标费用", "指标转让价", "指标成交价", "交易平台", "指标交易平台", "交易所"],
      english: ["quota price"],
      notCovered: "文件没有写电解铝产能指标的价格和交易平台。",
      near: ["capacity-quota", "capacity-replacement"],
    },
    {
      id: "money-figures",
      aspect: true,
      kind: "uncovered",
      label: "金额费用",
      variants: [
        "多少钱", "几块钱", "花多少钱", "要多少钱", "费用多少", "多少费用", "收费多少", "成本多少", "优惠多少", "便宜多少",
        // What producing costs (吨成本, 完全成本): the document names no cost at all (成本 appears nowhere in it).
        "吨成本", "生产成本", "完全成本", "现金成本", "制造成本", "单位成本", "成本是多少", "成本大概", "人工成本",
      ],
      english: ["how much money", "cost", "production cost", "cost per tonne", "cost per ton", "unit cost"],
      frames: [[["成本"], ["多少", "几", "大概", "多高", "怎么样", "如何"]]],
      notCovered: "文件没有写具体的金额、价格或费用。",
      near: ["fiscal-financial-support"],
    },
    {
      id: "investment-returns",
      kind: "uncovered",
      label: "投资回报测算",
      variants: ["投资回报", "回报率", "回本", "多久回本", "投资收益", "盈利能力", "赚钱吗", "能赚多少", "irr", "投资多少钱", "投资额多少", "总投资多少",
        // What a named project or park costs (道真产业园总投资多少亿): the document names projects, never their investment.
        "投资多少亿", "投了多少", "投资了多少", "总投资", "投资总额", "计划投资", "利润率", "投资回收期"],
      english: ["return on investment", "roi", "payback", "profitability"],
      notCovered: "文件没有测算项目投资额、回报率等经济指标。",
      near: ["key-projects", "economic-benefit"],
    },
    // ── Procedures, forms, contacts ────────────────────────────────────────
    {
      id: "application-materials",
      aspect: true,
      kind: "uncovered",
      label: "申报材料",
      variants: [
        "申报材料", "申请材料", "申请表", "申报表", "申报书", "提交材料", "要交什么材料", "材料清单", "申报模板", "表格下载", "需要哪些材料",
        "需要什么材料", "交哪些材料", "填什么表", "填哪些表", "什么表格", "盖章", "盖哪些章", "公章", "签字盖章",
      ],
      english: ["application form", "application materials", "forms"],
      frames: [
        [["申请", "申报", "报名", "办理", "审批", "备案", "领取"], ["材料", "资料", "表格", "申请表", "模板", "清单", "证明文件"]],
        // "申报专项资金要准备哪些东西": what to prepare is the materials, whatever word names them.
        [["申请", "申报", "报名", "办理", "备案"], ["准备哪些", "准备什么", "准备啥", "带什么", "带哪些", "哪些东西", "什么东西", "啥东西"]],
        [["apply", "application", "applying"], ["form", "forms", "documents", "paperwork", "materials"]],
      ],
      notCovered: "文件没有列出申报材料或表格。",
      near: ["special-funds", "national-programs"],
    },
    {
      id: "application-procedure",
      aspect: true,
      kind: "uncovered",
      label: "申报流程",
      variants: [
        "申报流程", "申请流程", "怎么申报", "如何申报", "申报入口", "申报系统", "在哪申报", "去哪申请", "去哪里申请", "网上申报", "办理流程",
        "怎么申请", "如何申请", "怎样申请", "申报程序", "申请程序", "怎么办理", "如何办理", "去哪办",
        "填报", "在哪填报", "网上填报", "填报系统", "填报平台", "哪个平台",
      ],
      english: ["how to apply", "application procedure", "application process"],
      frames: [
        [["申请", "申报", "报名", "办理"], ["流程", "程序", "步骤", "入口", "窗口", "网站", "在哪", "去哪", "哪里", "哪儿"]],
        [["how do i", "how to", "where to", "where do i", "where can i", "how can we", "how can i", "how do we"], ["apply", "register", "submit"]],
      ],
      notCovered: "文件没有写申报或办理的流程、入口。",
      near: ["special-funds", "national-programs", "approval-procedures"],
    },
    {
      id: "deadlines",
      aspect: true,
      kind: "uncovered",
      label: "申报截止时间",
      variants: ["截止时间", "截止日期", "申报截止", "申报时间", "什么时候申报", "几号截止", "申报期限", "申请期限", "申报批次", "截止到哪天", "受理时间", "申报通知", "申报通知什么时候", "什么时候开始申报", "申报什么时候开始", "什么时候开放申报", "哪天开始申报"],
      english: ["deadline", "due date", "closing date"],
      frames: [
        [["申报", "申请", "报名", "递交", "提交"], ["截止", "什么时候", "啥时候", "何时", "哪天", "几号", "几月"]],
        [["when", "by when", "what date"], ["apply for", "submit", "application"]],
      ],
      notCovered: "文件没有写任何申报截止时间。",
      near: ["special-funds", "national-programs"],
    },
    {
      id: "approval-time-limit",
      aspect: true,
      kind: "uncovered",
      label: "审批时限",
      variants: ["审批时限", "审批多久", "多久能批", "几个工作日", "办结时限", "审批时间", "审批周期", "多久批", "多长时间能批", "批下来要多久", "工作日内", "承诺时限"],
      english: ["approval time", "processing time", "how long"],
      notCovered: "文件没有规定审批办理的时限。",
      near: ["approval-procedures", "streamlining-reform"],
    },
    {
      id: "approval-fees",
      kind: "uncovered",
      label: "审批收费",
      variants: ["审批费用", "办证费用", "收费标准", "手续费", "行政收费", "评估费用", "环评费用", "能评费用"],
      english: ["approval fee", "fees"],
      notCovered: "文件没有涉及审批或评估的收费。",
      near: ["approval-procedures", "project-assessments"],
    },
    {
      id: "contact-phone",
      kind: "uncovered",
      label: "联系电话",
      // 电话 alone: the document gives no phone number of anyone, so any 电话 asked about is this.
      variants: [
        "联系电话", "电话号码", "咨询电话", "热线", "联系人", "联系方式", "打电话", "手机号", "电话多少", "座机", "12345", "电话", "办公电话", "处室电话",
        // Who inside a department handles it: the document names departments, never their divisions or staff.
        "哪个处", "哪个处室", "哪个科室", "具体处室", "经办人", "对接人", "办事人员",
      ],
      english: ["phone", "phone number", "telephone", "contact", "who should i call", "who do i call", "who can i call", "number to call", "hotline", "contact person", "contact details"],
      notCovered: "文件没有写联系电话或联系人。",
      near: ["dept-industry", "issuer"],
    },
    {
      // "产能置换方案在哪公示": the document has things announced (公告产能置换方案) but names no place where;
      // an aspect, so the reply still quotes what it says of the thing announced.
      id: "publication-venue",
      aspect: true,
      kind: "uncovered",
      label: "公示发布渠道",
      variants: ["公示网站", "在哪公示", "在哪里公示", "公示在哪", "在哪公告", "在哪里公告", "公示期多久", "公示期"],
      frames: [[["公示", "公布", "发布", "公开"], ["在哪", "哪里", "哪儿", "哪个网站", "什么网站", "哪能看到", "哪里看"]]],
      english: ["where is it published", "where are they published", "published where"],
      notCovered: "文件没有写在哪里公示、公告或发布。",
      near: ["capacity-replacement", "provincial-key-list"],
    },
    {
      id: "office-address",
      kind: "uncovered",
      label: "办公地址",
      variants: ["办公地址", "地址在哪", "在哪办公", "办公地点", "在哪里办公", "办公楼", "办事大厅", "政务大厅", "窗口在哪", "怎么去", "地址", "门牌号", "政务服务中心"],
      // "address" alone is as often the verb ("does the policy address price risk"): only the noun phrases.
      english: ["office address", "mailing address", "postal address", "street address", "office location"],
      notCovered: "文件没有写任何部门的办公地址。",
      near: ["dept-industry", "issuer"],
    },
    {
      id: "website",
      kind: "uncovered",
      label: "网址与下载",
      variants: ["网址", "官网", "网站", "公众号", "下载地址", "网页链接", "网页", "电子版", "pdf", "下载原文", "邮箱", "电子邮箱", "小程序", "app下载", "发个链接", "网址链接", "链接地址", "下载链接", "原文链接", "二维码"],
      english: ["website", "url", "email", "download", "download link", "web link", "hyperlink"],

      notCovered: "文件没有写网址、邮箱或下载方式。",
      near: ["issuer", "document-title"],
    },
    {
      id: "mining-licence-procedure",
      aspect: true,
      kind: "uncovered",
      label: "矿权办理程序",
      variants: ["采矿证怎么办", "采矿证办理", "矿权出让", "采矿权出让", "探矿权转采矿权", "采矿权价款", "矿业权出让收益", "办采矿证", "采矿权延续", "探转采",
        // What a mining right costs (出让收益 and how it is computed): the document only fights illegal mining.
        "出让收益", "探矿权出让收益", "出让收益率", "矿业权价款", "矿权价款", "权益金", "矿业权出让", "矿权出让"],
      english: ["mining licence application", "mining license application"],
      notCovered: "文件没有写采矿权、探矿权的办理程序或出让收益。",
      near: ["mining-licence", "illegal-mining"],
    },
    {
      id: "geological-exploration",
      kind: "uncovered",
      label: "地质勘查与储量",
      variants: ["地质勘查", "地质勘探", "地勘", "找矿", "勘探", "储量核实", "资源储量", "地质储量", "地质", "储量多少", "探明储量", "勘查"],
      // As in Chinese (探明储量, not 储量 alone): bare "reserves" also means the bauxite a project must have (三（二）).
      english: ["geological exploration", "exploration", "proven reserves", "geological reserves", "reserve estimate", "reserve verification"],
      notCovered: "文件没有涉及地质勘查和铝土矿储量数据。",
      near: ["bauxite", "bauxite-mining"],
    },
    // ── Figures and technical details beyond the document ───────────────────
    {
      id: "energy-consumption-figures",
      aspect: true,
      kind: "uncovered",
      label: "能耗限额数值",
      variants: [
        "吨铝电耗", "吨铝直流电耗", "交流电耗", "直流电耗", "电耗多少", "能耗限额", "单位产品能耗限额", "千瓦时/吨", "综合能耗多少", "标杆值",
        "基准值", "能耗限额标准", "kwh/t", "标准煤",
      ],
      english: ["energy consumption limit", "energy consumption limits", "kwh per tonne", "energy use per tonne", "energy per tonne", "power consumption per tonne", "consumption quota"],
      notCovered: "文件没有写能效标杆、基准水平的具体数值。",
      near: ["efficiency-benchmark", "efficiency-baseline", "energy-efficiency"],
    },
    {
      id: "emission-limits",
      aspect: true,
      kind: "uncovered",
      label: "排放限值",
      variants: ["排放限值", "污染物排放标准", "超低排放", "排污许可证", "排污许可", "氟化物排放限值", "颗粒物排放", "二氧化硫排放", "排放浓度"],
      english: ["emission limits", "emission standard", "ultra-low emission"],
      notCovered: "文件没有写污染物排放限值等具体环保指标。",
      near: ["environmental-protection", "eia"],
    },
    {
      id: "national-standard-details",
      aspect: true,
      kind: "uncovered",
      label: "标准具体条文",
      variants: ["国标编号", "标准编号", "标准号", "gb标准", "标准全文", "标准原文", "标准具体要求", "规范条件全文", "规范条件具体指标", "gb/t"],
      english: ["standard number", "standard text", "national standard", "national standards", "industry standard says", "standard require"],
      notCovered: "文件只提到标准和铝行业规范条件，没有写其具体条文和数值。",
      near: ["standards", "industry-norms"],
    },
    {
      id: "national-capacity-cap",
      kind: "uncovered",
      label: "全国产能上限数值",
      variants: ["4500万吨", "4500万吨天花板", "全国产能上限", "全国电解铝产能上限", "全国产能天花板", "全国电解铝产能"],
      english: ["45 million tonnes", "national capacity cap", "nationwide capacity", "national capacity ceiling"],
      notCovered: "文件没有写全国电解铝产能上限的数值。",
      near: ["capacity-control", "capacity-replacement"],
    },
    {
      id: "current-statistics",
      kind: "uncovered",
      label: "现有产能产量统计",
      // A figure of today next to a covered subject (清镇经开区去年产值多少): say what the document does state of it.
      aspect: true,
      variants: [
        "现有产能多少", "目前产能", "现有产量", "去年产量", "产量多少", "统计数据", "年产量多少", "现在有多少产能", "去年产值", "目前产值", "现状数据", "实际产量",
        "落户了多少家", "入驻了多少家", "已经有多少家", "现在有多少家", "目前有多少家", "有多少家企业", "有几家企业", "企业户数",
        "规上企业数", "产值多少", "营业收入多少", "税收多少", "就业人数", "从业人数",
        // Growth of a period so far (今年1到10月增长多少): reported statistics, not targets.
        "同比增长", "同比", "环比", "增速", "增长了多少", "上半年", "一季度", "前三季度",
      ],
      english: ["current capacity", "statistics", "production statistics"],
      // What exists today (现有产能有多少, how much capacity right now): the document sets targets only.
      frames: [
        // (The metric's longer lexicon forms stand beside 产值, which inside them would not count.)
        [["现在", "目前", "当前", "现有", "去年", "今年", "上年", "截至目前"], ["产能", "产量", "产值", "产业产值", "总产值", "工业产值", "年产值", "营收", "规模", "企业数"], ["多少", "几", "多大"]],
        // Growth over a period that has passed (今年前几个月产值增长多少): a reported figure, not a target.
        [["今年", "去年", "上半年", "一季度", "二季度", "三季度", "前三季度", "本月", "上个月", "这几个月"], ["增长", "增加了", "下降", "涨了", "跌了", "同比"]],
        [["现在", "目前", "当前", "现有", "去年", "今年", "截至目前", "已经", "落地", "入驻", "落户"], ["多少家", "几家", "多少户", "多少个企业"]],
        // A past year's figure needs no 多少 to be asked (去年全省电解铝产量): the document looks ahead only.
        [["去年", "上年", "前年", "上一年"], ["产量", "产值", "产能", "营收", "销量", "出口量", "用电量"]],
        [["right now", "currently", "at present", "today", "last year", "this year", "so far"], ["capacity", "output", "production"], ["how many", "how much", "what is"]],
        // "What is Guizhou's current annual alumina output?": a figure of today, said as an adjective.
        [["current", "latest", "actual", "present-day", "last year's", "this year's"], ["capacity", "output", "production", "output value", "figures"]],
        [["how many"], ["companies", "firms", "enterprises", "plants", "smelters"], ["are there", "are in", "are located", "operate in", "currently"]],
        // How many there already are (have been certified so far, to date): a count of today, not the 2027 target.
        [["how many"], ["company", "firm", "enterprise", "plant", "smelter", "sme"], ["already", "so far", "to date", "right now", "at present", "existing"]],
      ],
      notCovered: "文件没有列出贵州铝产业现有产能、产量等统计数据。",
      near: ["capacity", "output-value"],
    },
    {
      id: "target-progress",
      aspect: true,
      kind: "uncovered",
      label: "目标完成情况",
      variants: ["执行效果", "实施效果", "完成情况", "目标完成了吗", "完成了多少", "进展情况", "完成进度", "考核结果", "评估结果", "实现了吗"],
      english: ["performance review", "target progress"],
      // How far the targets have got ("现在已经完成多少了", "目前实现了没有", "how much has been achieved so far").
      frames: [
        [["现在", "目前", "已经", "到现在", "截至目前", "至今", "当前"], ["完成", "实现", "达到", "做到", "达成"], ["多少", "几成", "没有", "了吗", "如何", "怎么样", "情况"]],
        [["so far", "already", "currently", "to date"], ["achieved", "completed", "reached", "met"]],
      ],
      notCovered: "文件是2024年初印发的指导意见，不包含目标的完成情况。",
      near: ["main-targets", "target-2027"],
    },
    {
      id: "project-status",
      kind: "uncovered",
      label: "具体项目进展",
      variants: ["项目进展", "项目进度", "建设进度", "进展如何", "开工了没有", "什么时候投产", "投产时间", "竣工时间"],
      english: ["project status", "project progress"],
      notCovered: "文件不跟踪具体项目的进展情况。",
      near: ["key-projects", "provincial-key-list"],
    },
    {
      id: "technical-specs",
      kind: "uncovered",
      label: "设备与工程技术参数",
      variants: [
        "工艺参数", "技术参数", "设备选型", "设备报价", "设备厂家", "供应商", "哪家设备好", "槽电压", "电流效率", "设备品牌", "设备价格", "工艺路线选择",
        // Engineering design values ("赤泥堆场防渗层做多厚"): technical codes give them, this guidance does not.
        "多厚", "厚度", "防渗", "防渗层", "设计规范", "施工规范", "施工标准", "库容", "坝高", "设计参数",
      ],
      english: ["technical specifications", "equipment supplier", "current efficiency", "thickness", "how thick", "liner", "design specification", "design code", "technical parameters"],
      notCovered: "文件没有给出设备选型、工艺或工程设计参数。",
      near: ["electrolytic-cell", "low-carbon-tech"],
    },
    {
      id: "carbon-market",
      kind: "uncovered",
      label: "碳市场碳交易",
      variants: [
        "碳交易", "碳市场", "碳价", "碳配额", "碳排放权交易", "碳关税", "cbam", "碳边境调节机制", "ccer", "碳资产", "碳汇", "碳排放配额",
        "配额分配", "配额清缴", "碳排放权", "碳履约", "碳核查", "碳排放核算", "免费配额", "有偿配额",
      ],
      english: [
        "carbon market", "carbon trading", "emissions trading", "carbon border", "emission allowance", "emission allowances", "emissions allowance",
        "carbon allowance", "carbon allowances", "allowance allocation", "carbon quota", "carbon quotas", "carbon credit", "carbon credits", "carbon price",
      ],
      notCovered: "文件没有涉及碳市场、碳配额和碳关税。",
      near: ["carbon-reduction", "green-low-carbon"],
    },
    {
      id: "captive-power-plant",
      kind: "uncovered",
      label: "自备电厂",
      variants: ["自备电厂", "自备电", "燃煤自备电厂", "自备机组", "自发自用"],
      english: ["captive power plant", "captive power"],
      notCovered: "文件没有提到自备电厂的政策。",
      near: ["power-supply", "coal-power-aluminium"],
    },
    {
      id: "other-energy",
      kind: "uncovered",
      label: "其他能源",
      variants: ["氢能", "核电", "火电", "煤电", "天然气发电", "生物质", "燃气", "天然气", "抽水蓄能", "氢气"],
      english: ["hydrogen", "nuclear", "natural gas", "coal power"],
      notCovered: "文件谈到风电、光伏、水电等清洁能源，没有涉及氢能、核电、火电等其他能源。",
      near: ["green-power", "power-supply"],
    },
    {
      id: "carbon-anode",
      kind: "uncovered",
      label: "预焙阳极炭素",
      variants: ["预焙阳极", "炭素阳极", "阳极炭块", "碳素", "炭素", "阳极块", "碳素厂", "石油焦", "针状焦"],
      english: ["carbon anode", "prebaked anode", "petroleum coke"],
      notCovered: "文件没有专门提到预焙阳极、炭素等配套材料项目。",
      near: ["electrolytic-aluminium", "large-prebaked-cell"],
    },
    {
      id: "aluminium-dross",
      kind: "uncovered",
      label: "铝灰渣处置",
      variants: ["铝灰", "铝灰渣", "铝渣", "二次铝灰", "铝灰处置", "大修渣", "电解槽大修渣", "废阴极"],
      english: ["aluminium dross", "aluminum dross", "spent pot lining", "spl"],
      notCovered: "文件没有提到铝灰、铝渣、大修渣的处置要求。",
      near: ["recycled-aluminium", "red-mud", "environmental-protection"],
    },
    {
      id: "first-set-equipment",
      kind: "uncovered",
      label: "首台套",
      variants: ["首台套", "首台(套)", "首版次", "首台套保险", "首台套补贴"],
      english: ["first set equipment"],
      notCovered: "文件只提到新材料首批次应用保险补偿，没有涉及首台套、首版次。",
      near: ["first-batch-insurance"],
    },
    {
      id: "product-brand",
      kind: "uncovered",
      label: "产品品牌建设",
      variants: ["品牌建设", "品牌培育", "区域品牌", "铝品牌", "商标", "知名品牌", "品牌推广", "贵州制造品牌", "驰名商标", "地理标志"],
      english: ["brand building", "trademark", "branding"],
      notCovered: "文件没有提到铝产品的品牌建设，只提到“贵人服务”营商服务品牌。",
      near: ["guiren-service", "quality"],
    },
    {
      id: "export-trade",
      kind: "uncovered",
      label: "进出口外贸",
      variants: ["出口", "进出口", "出口退税", "关税", "反倾销", "外贸", "跨境", "海关", "出口订单", "反补贴", "出口管制", "进口关税"],
      english: ["export", "exports", "imports", "anti-dumping", "customs", "tariff"],
      notCovered: "文件没有涉及铝产品进出口、关税等外贸政策。",
      near: ["supply-agreement", "bauxite-matching"],
    },
    {
      id: "overseas",
      kind: "uncovered",
      label: "境外与其他国家",
      variants: ["国外", "海外", "几内亚", "印尼", "印度尼西亚", "澳大利亚", "美国", "俄罗斯", "出海", "境外投资", "海外矿山", "海外建厂", "东南亚", "欧盟", "越南"],
      english: ["overseas", "abroad", "guinea", "indonesia", "australia", "usa", "europe"],
      notCovered: "文件没有涉及境外项目或其他国家的情况。",
      near: ["bauxite", "china"],
    },
    {
      id: "national-ministries",
      kind: "uncovered",
      label: "国家部委职责",
      variants: ["工信部", "国家发改委", "国家发展改革委", "生态环境部", "自然资源部", "财政部", "商务部", "科技部", "国家能源局", "国务院", "国家税务总局", "人社部"],
      english: ["state council", "ministry"],
      notCovered: "文件是贵州省的指导意见，没有写国家部委的职责和规定。",
      near: ["industrial-policy", "dept-industry", "dept-development-reform"],
    },
    {
      id: "other-documents",
      kind: "uncovered",
      label: "其他政策文件",
      variants: ["其他文件", "别的文件", "其他政策文件", "国家政策文件", "十四五规划", "上一版文件", "旧政策", "之前的政策", "其他省份政策", "政策汇编", "碳达峰方案", "碳达峰实施方案"],
      english: ["other documents", "other policies", "five-year plan"],
      notCovered: "这里只收录了这一份指导意见，没有其他政策文件的内容。",
      near: ["document-title", "local-supporting-policies"],
    },
    {
      id: "document-validity",
      kind: "uncovered",
      label: "文件有效期",
      variants: ["有效期", "失效时间", "失效了吗", "是否失效", "什么时候失效", "何时失效", "失效日期", "有效多久", "过期", "废止", "有效期限", "还有效吗", "到期", "执行期限", "施行日期", "实施日期", "生效时间", "生效日期", "有效到", "是否有效", "作废"],
      english: ["validity", "expiry", "expiration", "valid until", "effective date"],
      notCovered: "文件没有写明有效期、生效或失效时间。",
      near: ["issue-date", "target-2035"],
    },
    // ── Companies and enforcement ───────────────────────────────────────────
    {
      id: "named-companies",
      kind: "uncovered",
      label: "具体企业",
      variants: [
        "中铝", "中国铝业", "中铝贵州", "东方希望", "南山铝业", "宏桥", "魏桥创业", "神火", "云铝", "天山铝业", "明泰铝业", "贵铝", "贵州铝厂",
        "华仁新材", "遵义铝业", "其亚集团", "广铝", "锦江集团", "杭州锦江", "博宏", "兴仁登高", "登高集团", "中电投", "国家电投",
        "中信戴卡", "亚太科技", "鼎胜", "万顺", "南南铝", "忠旺", "立中集团", "信发集团",
      ],
      english: ["chalco", "chinalco", "hongqiao", "east hope", "nanshan"],
      notCovered: "文件没有点名任何具体企业，也不涉及企业新闻。",
      near: ["leading-enterprise", "backbone-enterprise"],
    },
    {
      // Who has already benefited (哪些企业拿到了资金): the document sets policy, it reports no results.
      id: "beneficiaries",
      aspect: true,
      kind: "uncovered",
      label: "受支持企业名单",
      variants: ["受益企业名单", "获得支持的企业名单", "获奖企业名单"],
      frames: [
        [["哪些企业", "哪些公司", "哪几家", "哪家企业", "哪家公司", "名单"], ["拿到了", "获得了", "得到了", "享受到了", "领到了", "已经拿到", "已经获得", "入选了"]],
        [["which companies", "which firms", "which enterprises", "who has", "who have"], ["received", "got", "were granted", "have been granted", "obtained", "benefited"]],
      ],
      notCovered: "文件没有列出获得支持的企业名单或政策实施情况。",
      near: ["special-funds"],
    },
    {
      // "请提供省级重点项目名单里的具体清单": the document names lists (重点项目名单) but contains none of them.
      id: "list-contents",
      aspect: true,
      kind: "uncovered",
      label: "名单清单内容",
      variants: [
        "具体清单", "完整清单", "具体名单", "完整名单", "名单内容", "清单内容", "名单里有哪些", "名单上有哪些", "清单里有哪些", "名单里有谁",
        "入选名单", "入选项目有哪些", "入选了哪些", "名单公布", "公布名单", "名单发布",
      ],
      frames: [[["名单", "清单", "名录"], ["具体", "完整", "列出", "提供", "全部", "公布", "发一下", "发给我"]]],
      english: ["full list of", "list of projects", "list of companies", "list of enterprises"],
      notCovered: "文件没有列出名单或清单的具体内容。",
      near: ["provincial-key-list", "key-projects"],
    },
    {
      // "遵义那家铝厂是不是要被兼并重组了": one firm's fate is news, not policy; the document names no firm.
      id: "particular-company",
      kind: "uncovered",
      label: "某家企业的情况",
      variants: [
        "那家铝厂", "那家厂", "那家企业", "那家公司", "那家集团", "那个铝厂", "那个集团", "那几家企业", "那几家厂", "某家企业", "某家公司", "某家铝厂",
        "某铝厂", "某企业", "某公司", "某集团", "人家厂", "别人家厂", "隔壁厂", "隔壁那家", "同行那家",
      ],
      english: ["that company", "that smelter", "that plant", "a particular company"],
      notCovered: "文件没有点名任何具体企业，也不涉及某家企业的经营或重组情况。",
      near: ["leading-enterprise", "backbone-enterprise", "merger-restructuring"],
    },
    {
      // 老百姓换铝合金门窗有补贴吗: the document supports enterprises, parks and projects, not households.
      id: "consumer-subsidy",
      aspect: true,
      kind: "uncovered",
      label: "个人消费补贴",
      // Purchase subsidies (购车补贴, buying an EV) are consumer subsidies too: the buyer, not a producer, is paid.
      variants: ["消费补贴", "以旧换新补贴", "家电下乡", "购车补贴", "买车补贴", "购置补贴"],
      frames: [
        [["老百姓", "居民", "个人", "家庭", "消费者", "市民", "普通人", "自己家", "家里"], ["补贴", "补助", "奖励", "优惠", "以旧换新", "消费券"]],
        [["consumers", "consumer", "households", "household", "individuals", "residents"], ["subsidy", "subsidies", "rebate", "rebates"]],
        [["buying", "buy", "purchase", "purchasing", "buyers", "buyer"], ["subsidy", "subsidies", "rebate", "rebates"]],
      ],
      notCovered: "文件的支持对象是企业、园区和项目，没有面向个人或家庭消费的补贴。",
      near: ["subsidy"],
    },
    {
      // "贵州铝产量全国排第几": the document ranks nothing (全国重要的…基地 is a goal, not a place in a table).
      id: "rankings",
      aspect: true,
      kind: "uncovered",
      label: "排名位次",
      variants: ["排名", "排第几", "第几名", "全国第几", "排在第几", "位居全国", "位列全国", "排行", "排前几", "前几名"],
      english: ["rank", "ranks", "ranked", "rank among"],
      notCovered: "文件没有给出任何排名或位次。",
      near: ["china", "main-targets"],
    },
    {
      // "智能工厂评定要过几级认证": the document encourages smart factories and green factories, it sets no rating scheme.
      id: "certification-rating",
      aspect: true,
      kind: "uncovered",
      label: "评定认证",
      variants: ["认证", "评级", "星级", "等级评定", "评审标准", "验收标准", "评定标准", "认证标准", "评分标准", "打分"],
      english: ["certification", "certified", "accreditation", "rating scheme", "star rating", "grading"],
      notCovered: "文件没有规定评定、认证的等级或标准。",
      near: ["smart-factory", "green-factory", "standards"],
    },
    {
      // "帮我写一份兼并重组的申请报告": the bot quotes the document; it drafts no reports, applications or plans.
      id: "drafting-service",
      aspect: true,
      kind: "uncovered",
      label: "代写文书",
      variants: ["代写报告", "代写申请", "帮我起草", "帮我拟"],
      frames: [
        [["写一份", "写个", "写篇", "写一篇", "帮我写", "帮忙写", "替我写", "起草", "撰写", "拟一份", "拟个", "代拟"], ["报告", "申请书", "方案", "请示", "讲话稿", "发言稿", "文章", "函", "计划书", "可研"]],
        [["write me", "draft me", "draft a", "write a", "write up"], ["report", "application", "proposal", "plan", "letter", "speech"]],
      ],
      english: ["ghostwrite"],
      notCovered: "这里只解答文件内容，不能代写报告、申请书或方案。",
      near: ["merger-restructuring", "special-funds"],
    },
    {
      id: "company-rankings",
      kind: "uncovered",
      label: "企业名单与排名",
      variants: ["企业名单", "企业名录", "公司名单", "企业排名", "排行榜", "百强企业", "500强", "企业新闻", "公司新闻", "哪家公司好", "最大的企业", "行业排名"],
      english: ["ranking", "company list", "news"],
      notCovered: "文件没有列企业名单或排名。",
      near: ["leading-enterprise", "market-entities"],
    },
    {
      id: "company-financials",
      kind: "uncovered",
      label: "企业经营数据",
      variants: ["利润多少", "营收多少", "财报", "企业年报", "净利润", "毛利率", "经营业绩", "亏损", "盈利多少", "经营数据", "负债率"],
      english: ["earnings", "financial report", "annual report", "net profit"],
      notCovered: "文件不涉及企业的财务和经营数据。",
      near: ["economic-benefit", "market-entities"],
    },
    {
      id: "fines-penalties",
      kind: "uncovered",
      label: "罚款处罚",
      variants: ["罚款", "处罚", "罚多少", "罚金", "行政处罚", "处罚标准", "违法成本", "罚则", "法律责任", "罚没", "拘留", "刑事责任", "追责"],
      english: ["fines", "penalty", "penalties", "punishment"],
      notCovered: "文件没有规定罚款等处罚措施。",
      near: ["illegal-mining", "laws-regulations"],
    },
    {
      id: "legal-disputes",
      kind: "uncovered",
      label: "诉讼纠纷",
      variants: ["诉讼", "起诉", "打官司", "仲裁", "合同纠纷", "劳动纠纷", "维权", "投诉", "举报电话", "信访"],
      english: ["lawsuit", "litigation", "arbitration", "complaint"],
      notCovered: "文件不涉及诉讼、仲裁、投诉等法律纠纷。",
      near: ["laws-regulations", "business-environment"],
    },
    {
      id: "bankruptcy",
      kind: "uncovered",
      label: "破产清算",
      variants: ["破产", "破产重整", "清算", "破产清算", "注销", "资不抵债"],
      english: ["bankruptcy", "liquidation", "insolvency"],
      notCovered: "文件没有涉及企业破产、清算。",
      near: ["merger-restructuring", "backward-capacity-exit"],
    },
    {
      id: "accidents",
      kind: "uncovered",
      label: "事故通报",
      variants: ["事故通报", "事故案例", "伤亡", "爆炸", "事故调查", "安全事故", "生产事故", "死亡事故", "铝液爆炸"],
      english: ["accident", "accidents", "explosion"],
      notCovered: "文件没有涉及具体安全事故的通报和调查。",
      near: ["safety"],
    },
    // ── Work, personal and everyday matters ─────────────────────────────────
    {
      id: "wages",
      kind: "uncovered",
      label: "工资与劳动保障",
      variants: [
        "工资", "薪资", "薪酬", "月薪", "年薪", "待遇", "工资多少", "最低工资", "五险一金", "社保缴纳", "加班费", "工资标准", "奖金",
        // What an employer pays for a worker besides the wage: social insurance, its base and shares.
        "社保", "社会保险", "社保缴费", "缴费比例", "缴费基数", "五险", "工伤保险", "失业保险",
        "工伤认定", "职业病", "职业健康", "劳动合同", "劳动保护", "普工", "月收入", "一个月拿多少", "一个月多少钱",
      ],
      english: ["salary", "wage", "wages", "social insurance", "social security contributions"],
      notCovered: "文件没有写工资待遇、社保和劳动保障。",
      near: ["talent", "skilled-workers"],
    },
    {
      id: "recruitment-ads",
      kind: "uncovered",
      label: "招聘求职信息",
      variants: ["招聘信息", "招聘广告", "岗位", "招聘会", "求职", "找工作", "应聘", "简历", "投简历", "校招", "社招", "职位", "招聘岗位", "招聘要求", "怎么进厂"],
      english: ["job", "jobs", "job vacancy", "resume", "job application"],
      notCovered: "文件没有发布招聘或求职信息。",
      near: ["talent", "skilled-workers"],
    },
    {
      id: "talent-subsidies",
      aspect: true,
      kind: "uncovered",
      label: "人才补贴标准",
      variants: ["人才补贴", "安家费", "住房补贴", "人才公寓", "落户政策", "购房补贴", "人才津贴", "引才奖励", "人才奖励", "生活补贴"],
      english: ["talent subsidy", "housing subsidy", "relocation allowance"],
      notCovered: "文件只说加大人才引进培养力度，没有写人才补贴标准。",
      near: ["talent", "leading-talent"],
    },
    {
      id: "personal-matters",
      kind: "uncovered",
      label: "个人事务",
      variants: ["个人贷款", "房贷", "社保查询", "公积金", "结婚", "看病", "医保", "买车", "子女上学", "户口", "养老金", "退休", "医院", "身份证"],
      english: ["personal loan", "mortgage", "pension", "health insurance"],
      notCovered: "文件是产业政策，不涉及个人事务。",
      near: ["aluminium-industry"],
    },
    {
      id: "schooling",
      kind: "uncovered",
      label: "教育招生",
      variants: ["招生", "高考", "学校排名", "子女入学", "报志愿", "学费"],
      english: ["school admissions", "enrollment", "tuition"],
      notCovered: "文件没有涉及教育招生等事项。",
      near: ["dept-education", "skilled-workers"],
    },
    {
      id: "weather",
      kind: "uncovered",
      label: "天气",
      variants: ["天气", "气温", "下雨", "温度多少", "天气预报", "下雪", "台风", "暴雨", "气象"],
      english: ["weather", "temperature", "rain"],
      notCovered: "文件与天气无关。",
      near: ["guizhou"],
    },
    {
      id: "general-statistics",
      kind: "uncovered",
      label: "人口与经济总量",
      variants: [
        "人口", "gdp多少", "经济总量", "财政收入", "人均收入", "人口多少", "面积多少", "园区面积", "园区规划面积", "规划面积", "占地面积", "占地多少",
        "多少平方公里", "面积多大", "多少亩地",
      ],
      english: ["population", "land area", "total area", "surface area", "square kilometers"],
      notCovered: "文件没有写人口、经济总量、面积等统计数据。",
      near: ["guizhou", "development-zone"],
    },
    {
      id: "park-details",
      kind: "uncovered",
      label: "园区详细情况",
      variants: ["园区企业名单", "入驻企业", "园区有哪些企业", "园区招商电话", "园区配套设施", "园区地址", "园区简介", "园区介绍", "入园条件", "入园门槛"],
      english: ["park tenants", "park facilities"],
      notCovered: "文件只点名了园区，没有介绍园区的企业、设施和入园条件。",
      near: ["development-zone", "qingzhen-park"],
    },
    {
      id: "transport-infrastructure",
      kind: "uncovered",
      label: "交通基础设施",
      variants: ["高速公路", "机场", "港口", "航运", "水运", "运费多少", "运价", "物流费用多少", "火车站", "高速"],
      english: ["airport", "port", "highway", "freight rate"],
      notCovered: "文件没有涉及交通基础设施或运价。",
      near: ["supply-logistics"],
    },
    {
      id: "unrelated-topics",
      kind: "uncovered",
      label: "无关话题",
      variants: ["讲个笑话", "写首诗", "疫情", "新冠", "足球", "电影", "游戏", "彩票", "星座", "算命", "菜谱"],
      english: ["joke", "poem", "football", "movie"],
      notCovered: "这个问题与文件内容无关。",
      near: ["aluminium-industry"],
    },
    // ── Other industries ────────────────────────────────────────────────────
    {
      id: "industry-steel",
      kind: "uncovered",
      label: "钢铁产业",
      variants: ["钢铁", "钢材", "炼钢", "钢厂", "铁矿", "不锈钢", "铁矿石", "钢铁行业", "螺纹钢", "特钢", "铁合金"],
      english: ["steel", "iron ore", "stainless steel"],
      notCovered: "文件只针对铝产业，没有涉及钢铁。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-copper",
      kind: "uncovered",
      label: "铜产业",
      variants: ["铜业", "铜冶炼", "电解铜", "铜矿", "铜材", "铜箔", "铜价", "铜产业", "铜加工", "铜行业", "铜杆", "铜线"],
      english: ["copper"],
      notCovered: "文件只针对铝产业，没有涉及铜。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-lead-zinc",
      kind: "uncovered",
      label: "铅锌产业",
      variants: ["锌冶炼", "锌矿", "铅锌", "电解锌", "锌产业", "锌锭", "铅锌矿", "铅冶炼", "锌合金"],
      english: ["zinc", "lead-zinc"],
      notCovered: "文件只针对铝产业，没有涉及铅锌。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-other-metals",
      kind: "uncovered",
      label: "其他有色金属",
      variants: ["金属镁", "原镁", "镁冶炼", "镁合金", "钛合金", "海绵钛", "钛白粉", "工业硅", "多晶硅", "硅冶炼", "有机硅", "镍", "钴", "钨", "锑", "黄金", "白银价格"],
      english: ["magnesium", "titanium", "silicon", "nickel", "cobalt", "gold"],
      notCovered: "文件只针对铝产业，没有涉及镁、钛、硅等其他金属。",
      near: ["aluminium-industry", "rare-precious-metals"],
    },
    {
      id: "industry-manganese",
      kind: "uncovered",
      label: "锰产业",
      variants: ["锰", "电解锰", "锰矿", "电解二氧化锰", "锰系", "硫酸锰", "锰产业"],
      english: ["manganese"],
      notCovered: "文件只针对铝产业，没有涉及锰产业。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-phosphorus",
      kind: "uncovered",
      label: "磷化工",
      variants: ["磷化工", "磷矿", "磷酸", "磷肥", "黄磷", "磷石膏", "磷酸铁", "磷酸铁锂", "磷产业"],
      english: ["phosphate", "phosphorus"],
      notCovered: "文件只针对铝产业，没有涉及磷化工。",
      near: ["aluminium-industry", "chemical-materials"],
    },
    {
      id: "industry-coal",
      kind: "uncovered",
      label: "煤炭与煤化工",
      variants: ["煤化工", "煤制油", "焦化", "煤矿", "采煤", "煤炭开采", "煤炭产业", "煤矿安全", "焦炭", "煤制烯烃", "洗煤"],
      english: ["coal chemical", "coal mining", "coking"],
      notCovered: "文件没有涉及煤炭开采和煤化工，只提到长协煤用于煤电铝联营。",
      near: ["long-term-coal", "coal-power-aluminium"],
    },
    {
      id: "industry-cement-building",
      kind: "uncovered",
      label: "水泥建材",
      variants: ["水泥", "水泥厂", "熟料", "混凝土", "玻璃", "建筑陶瓷", "瓷砖", "石材", "建材行业"],
      english: ["cement", "concrete", "glass"],
      notCovered: "文件没有涉及水泥、玻璃等建材产业。",
      near: ["aluminium-industry", "red-mud-utilization"],
    },
    {
      id: "industry-battery",
      kind: "uncovered",
      label: "锂电池产业",
      variants: ["锂电池", "锂电", "动力电池", "电池材料", "三元材料", "正极材料", "负极材料", "电解液", "电池回收", "新能源电池"],
      english: ["lithium battery", "battery", "batteries"],
      notCovered: "文件没有涉及锂电池产业，只提到锂等共伴生资源的综合利用。",
      near: ["lithium", "battery-tray"],
    },
    {
      id: "industry-real-estate",
      kind: "uncovered",
      label: "房地产",
      variants: ["房地产", "楼市", "房价", "买房", "商品房", "楼盘", "二手房", "房地产开发"],
      english: ["real estate", "housing", "property market"],
      notCovered: "文件没有涉及房地产。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-consumer",
      kind: "uncovered",
      label: "白酒旅游农业",
      variants: ["白酒", "茅台", "酱香酒", "旅游", "景区", "农业", "种植", "养殖", "茶叶", "烟草", "中药材", "乡村振兴"],
      english: ["liquor", "tourism", "agriculture", "tea"],
      notCovered: "文件只针对铝产业，没有涉及白酒、旅游、农业等产业。",
      near: ["aluminium-industry"],
    },
    {
      id: "industry-hightech-other",
      kind: "uncovered",
      label: "其他新兴产业",
      variants: ["芯片", "半导体", "集成电路", "数据中心", "算力", "医药", "生物医药", "纺织", "服装", "显示面板", "光伏组件制造"],
      english: ["semiconductor", "chip", "chips", "data center", "pharmaceutical", "textile"],
      notCovered: "文件只针对铝产业，没有涉及芯片、数据中心、医药等其他产业。",
      near: ["aluminium-industry", "big-data"],
    },
    ...OTHER_PROVINCES.map(provinceConcept),
  ],
};
