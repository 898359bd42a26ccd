import type { LexiconSection } from "../concept-schema.js";

/**
 * Every department the document assigns work to, with the aliases people use (short forms, former
 * names, city-level counterparts, the English title). The first term is always the name exactly as the
 * parser lists it (`alubot departments`); a test holds that. (These entries replaced the old department-aliases
 * and synonyms word lists; aliases are now derived from here: src/lexicon/derived-tables.ts.)
 * National ministries (工信部, 国家发改委…) are not here: the document gives them no tasks, see
 * uncovered.ts. The English lists end with the pinyin initials chat users type for the short name
 * (fgw 发改委, gxt 工信厅, yjt 应急厅), one per department where they are unambiguous (not 市监局/数据局 sjj,
 * 商务局/水务局/税务局 swj).
 */
/** What a department is called in English: its office word (Department, Bureau…) before or after its subject. */
// "dept" is how people abbreviate it in chat; "regulator" is what English calls a supervising body
// ("state-owned assets regulator", "market regulator").
const OFFICE_WORDS = ["department", "dept", "bureau", "office", "administration", "commission", "agency", "authority", "regulator"];

/**
 * A department's English names, generated for every department alike from the subjects people name it
 * by: "Department of Ecology and Environment", "Ecology and Environment Bureau", "Administration for
 * Market Regulation" — Provincial/Guizhou before them needs no form (whole-word matching finds the
 * rest). Bare subjects are not names (energy, education are topics): `extra` holds acronyms and the
 * pinyin initials people type.
 */
function departmentEnglish(subjects: readonly string[], extra: readonly string[]): string[] {
  // An English lexicon form is at most 60 characters; a longer name still contains a shorter one.
  // "for" only in the official "Administration for Market Regulation" pattern; "agency for energy" is no name.
  const forms = subjects
    .flatMap((s) => OFFICE_WORDS.flatMap((o) => [`${s} ${o}`, `${o} of ${s}`, ...(o === "administration" ? [`${o} for ${s}`] : [])]))
    .filter((f) => f.length <= 60);
  return [...new Set([...forms, ...extra])];
}

export const departmentsSection: LexiconSection = {
  section: "departments",
  concepts: [
    {
      id: "dept-industry",
      kind: "department",
      label: "省工业和信息化厅",
      terms: ["省工业和信息化厅"],
      variants: [
        "工信厅", "省工信厅", "贵州省工信厅", "工业和信息化厅", "工信", "经信委", "工信委", "经信厅", "经济和信息化委员会", "工信部门",
        "工业和信息化部门", "工信局", "经信局", "工业和信息化局", "工业主管部门",
      ],
      english: departmentEnglish(["industry and information technology", "industry and information", "industry and informatization", "industry and it", "industrial and information technology", "economy and information technology", "economic and information technology", "industry"], ["industry and information technology", "gxt", "miit"]),
      mistypes: ["工信听", "公信厅", "工信庭", "工心厅"],
    },
    {
      id: "dept-development-reform",
      kind: "department",
      label: "省发展改革委",
      terms: ["省发展改革委"],
      variants: [
        "发改委", "省发改委", "贵州省发改委", "发展改革委", "发展和改革委员会", "省发展和改革委员会", "发改", "发改局", "发改部门",
        "发展改革部门", "发展改革局",
      ],
      english: departmentEnglish(["development and reform", "development & reform", "development reform"], ["development and reform", "drc", "fgw", "ndrc"]),
      mistypes: ["发改为", "法改委", "发该委", "发改伟"],
    },
    {
      id: "dept-science",
      kind: "department",
      label: "省科技厅",
      terms: ["省科技厅"],
      variants: ["科技厅", "贵州省科技厅", "科学技术厅", "省科学技术厅", "科技部门", "科技局", "科技主管部门"],
      english: departmentEnglish(["science and technology", "science & technology", "sci-tech", "science"], ["kjt"]),
      mistypes: ["科技听"],
    },
    {
      id: "dept-investment-promotion",
      kind: "department",
      label: "省投资促进局",
      terms: ["省投资促进局"],
      variants: ["投资促进局", "投促局", "省投促局", "招商局", "投促", "招商部门", "投资促进部门", "招商办", "投资促进中心", "招商引资部门"],
      english: departmentEnglish(["investment promotion", "investment attraction", "investment"], ["tcj"]),
      mistypes: ["投促居", "投簇局"],
    },
    {
      id: "dept-local-governments",
      kind: "department",
      label: "各市县人民政府",
      // 二（一）: “各市县人民政府，以下均需市县人民政府落实，不再列出” — implied in every later list.
      terms: ["各市县人民政府", "市县人民政府", "各市、自治州人民政府", "各县(市、区、特区)人民政府", "各有关市(州)", "各地"],
      variants: [
        "市县政府", "地方政府", "市县", "市州政府", "县政府", "市政府", "州政府", "区县政府", "当地政府", "各地政府", "属地政府",
        "市州", "县级政府", "市级政府", "县里", "区政府", "管委会", "园区管委会",
      ],
      english: ["local government", "local governments", "city and county governments", "municipal government", "county governments", "prefecture governments", "prefectural governments", "municipal governments", "city governments", "local authorities", "cities and counties"],
    },
    {
      id: "dept-natural-resources",
      kind: "department",
      label: "省自然资源厅",
      terms: ["省自然资源厅"],
      variants: [
        "自然资源厅", "国土厅", "自然资源", "国土资源厅", "自然资源部门", "国土部门", "自然资源局", "国土局", "国土资源局", "规划和自然资源局",
      ],
      english: departmentEnglish(["natural resources", "land and resources", "land resources"], ["zrzyt"]),
      mistypes: ["自然资源听"],
    },
    {
      id: "dept-ecology-environment",
      kind: "department",
      label: "省生态环境厅",
      terms: ["省生态环境厅"],
      variants: [
        "生态环境厅", "环保厅", "生态厅", "环保局", "生态环境局", "环保部门", "环境保护厅", "生态环境部门", "环境保护局", "生态环境分局",
      ],
      english: departmentEnglish(["ecology and environment", "ecological environment", "ecology and environmental", "environmental protection", "environment", "environmental"], ["epb", "sthjt", "hbt"]),
      mistypes: ["环保听", "生态环境听"],
    },
    {
      id: "dept-emergency",
      kind: "department",
      label: "省应急厅",
      terms: ["省应急厅"],
      variants: ["应急厅", "应急管理厅", "省应急管理厅", "应急局", "应急管理局", "安监局", "安全生产监督管理局", "应急部门", "安监部门", "应急管理部门"],
      english: departmentEnglish(["emergency management", "work safety", "emergency", "safety supervision"], ["yjt"]),
    },
    {
      id: "dept-energy",
      kind: "department",
      label: "省能源局",
      terms: ["省能源局"],
      variants: ["能源局", "贵州省能源局", "能源部门", "能源主管部门", "能源管理部门"],
      english: departmentEnglish(["energy"], ["nyj"]),
    },
    {
      id: "dept-sasac",
      kind: "department",
      label: "省国资委",
      terms: ["省国资委"],
      variants: ["国资委", "国有资产监督管理委员会", "省国有资产监督管理委员会", "国资部门", "国资局", "国资监管部门"],
      english: departmentEnglish(["state-owned assets supervision and administration", "state-owned assets", "state assets"], ["sasac", "state-owned assets supervision", "soe regulator", "gzw", "state assets regulator", "soe supervisor", "state-owned assets supervisor"]),
      mistypes: ["国资为"],
    },
    {
      id: "dept-commerce",
      kind: "department",
      label: "省商务厅",
      terms: ["省商务厅"],
      variants: ["商务厅", "商务局", "商务部门", "贵州省商务厅", "商务主管部门"],
      english: departmentEnglish(["commerce", "commercial affairs", "trade"], ["swt"]),
    },
    {
      id: "dept-market-regulation",
      kind: "department",
      label: "省市场监管局",
      terms: ["省市场监管局"],
      variants: [
        "市场监管局", "市场监督管理局", "省市场监督管理局", "市监局", "市场局", "工商局", "质监局", "工商部门", "市场监管部门",
        "质量技术监督局", "市场监管",
      ],
      english: departmentEnglish(["market regulation", "market supervision", "market regulatory", "market oversight"], ["samr", "amr", "scjgj", "market regulation", "market supervision", "market regulator"]),
    },
    {
      id: "dept-finance",
      kind: "department",
      label: "省财政厅",
      terms: ["省财政厅"],
      variants: ["财政厅", "财政局", "财政部门", "贵州省财政厅", "财政主管部门"],
      english: departmentEnglish(["finance", "fiscal affairs"], ["czt"]),
      mistypes: ["财政听"],
    },
    {
      id: "dept-big-data",
      kind: "department",
      label: "省大数据局",
      terms: ["省大数据局"],
      variants: ["大数据局", "大数据发展管理局", "省大数据发展管理局", "大数据管理局", "数据局", "省数据局", "大数据部门", "大数据主管部门"],
      english: departmentEnglish(["big data", "big data development", "data"], ["dsjj"]),
    },
    {
      id: "dept-water-resources",
      kind: "department",
      label: "省水利厅",
      terms: ["省水利厅"],
      variants: ["水利厅", "水利局", "水利部门", "水务局", "贵州省水利厅", "水行政主管部门"],
      english: departmentEnglish(["water resources", "water conservancy", "water affairs"], ["slt"]),
    },
    {
      id: "dept-taxation",
      kind: "department",
      label: "省税务局",
      terms: ["省税务局"],
      variants: [
        "税务局", "税务部门", "国税局", "地税局", "税局", "国家税务总局贵州省税务局", "贵州省税务局", "税务", "税务机关", "国税", "地税",
      ],
      english: departmentEnglish(["tax", "taxation"], ["tax authority"]),
    },
    {
      id: "dept-finance-office",
      kind: "department",
      label: "省委金融办",
      terms: ["省委金融办"],
      variants: [
        "金融办", "省金融办", "金融工作办公室", "地方金融监管局", "金融局", "省地方金融监督管理局", "地方金融监督管理局", "省委金融委员会办公室",
        "金融委办公室", "地方金融管理局",
      ],
      english: departmentEnglish(["financial affairs", "financial work", "local financial supervision"], ["party committee financial office", "financial committee office", "jrb", "financial office", "financial work office", "financial affairs office", "financial work commission"]),
    },
    {
      id: "dept-human-resources",
      kind: "department",
      label: "省人力资源社会保障厅",
      terms: ["省人力资源社会保障厅"],
      variants: [
        "人力资源社会保障厅", "人社厅", "省人社厅", "人社局", "人社", "人力资源和社会保障厅", "人力社保厅", "人力资源和社会保障局", "人社部门",
        "劳动局", "人力资源部门",
      ],
      english: departmentEnglish(["human resources and social security", "human resources", "hr and social security", "labor and social security"], ["human resources and social security", "hrss", "rst"]),
      mistypes: ["人设厅", "人社听"],
    },
    {
      id: "dept-pboc",
      kind: "department",
      label: "人行贵州省分行",
      terms: ["人行贵州省分行"],
      variants: [
        "人行", "人民银行", "央行", "中国人民银行贵州省分行", "人民银行贵州省分行", "人行贵阳中心支行", "人民银行贵阳中心支行", "人行贵州",
        "中国人民银行", "人民银行分行",
      ],
      english: ["people's bank of china", "pboc", "central bank", "people's bank", "pbc", "pboc guizhou", "central bank branch"],
    },
    {
      id: "dept-banking-regulator",
      kind: "department",
      label: "贵州银保监局",
      // Since 2023 the regulator is 国家金融监督管理总局贵州监管局; people use both names.
      terms: ["贵州银保监局"],
      variants: [
        "银保监局", "银保监", "银保监会", "金融监管局", "国家金融监督管理总局贵州监管局", "金融监管总局", "贵州金融监管局", "金融监管总局贵州监管局",
        "银监局", "保监局",
      ],
      english: ["cbirc", "banking and insurance regulatory", "nfra", "financial regulatory administration", "ybjj", "banking regulator", "banking and insurance regulator", "insurance regulator"],
      mistypes: ["银保建局", "银宝监"],
    },
    {
      id: "dept-securities-regulator",
      kind: "department",
      label: "贵州证监局",
      terms: ["贵州证监局"],
      variants: ["证监局", "证监会", "中国证监会贵州监管局", "证券监管部门", "证监会贵州监管局"],
      english: ["csrc", "securities regulatory commission", "securities regulator", "zjj"],
    },
    {
      id: "dept-education",
      kind: "department",
      label: "省教育厅",
      terms: ["省教育厅"],
      variants: ["教育厅", "教育局", "教育部门", "贵州省教育厅", "教育主管部门"],
      english: departmentEnglish(["education"], ["jyt"]),
    },
  ],
};
