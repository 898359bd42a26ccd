import type { LexiconSection } from "../concept-schema.js";

/**
 * What a project makes or does, along the document's chain “铝资源开发—金属冶炼/非金属应用—精深加工”.
 * The three clusters of 二（一）（二）（三） are project types too: every product names the cluster it
 * belongs to through `broader`, so a question about 轮毂 reaches 二（一） and one about 陶粒 reaches 二（三）.
 * Bare single characters (铝) are never surface forms: they would match every question.
 */
export const projectTypesSection: LexiconSection = {
  section: "project-types",
  concepts: [
    {
      id: "bauxite-mining",
      kind: "project-type",
      label: "铝土矿开采",
      // 三（一） and 四（一）: the document speaks of 铝资源开发, 开采 and 矿山, never of “铝土矿开采” itself.
      terms: ["铝资源开发", "铝资源高效开发", "开采", "矿山", "开采作业"],
      variants: [
        "铝土矿开采", "开采铝土矿", "铝土矿山", "铝土矿矿山", "铝矿山", "铝矿开采", "采铝土矿", "挖铝土矿", "铝土矿采矿",
        "挖矿", "采矿", "开矿", "采矿项目", "铝土矿项目", "矿山项目", "铝土矿点", "铝土矿矿点", "矿井", "露天矿", "井工矿", "矿区", "铝土矿开发", "开发铝土矿",
      ],
      english: ["bauxite mining", "mining", "mine", "quarry"],
      mistypes: ["吕土矿开采", "铝土旷"],
    },
    {
      id: "alumina-refining",
      kind: "project-type",
      label: "氧化铝",
      terms: ["氧化铝", "氧化铝项目", "氧化铝行业"],
      variants: ["氧化铝厂", "氧化铝企业", "氧化铝生产", "氧化铝冶炼", "氧化铝产能", "氧化铝线", "冶金级氧化铝", "砂状氧化铝"],
      english: ["alumina", "alumina refinery", "alumina refining", "refinery", "aluminium oxide", "aluminum oxide", "alumina plant", "alumina factory", "alumina producer", "al2o3"],
      mistypes: ["氧化吕", "氧化旅", "样化铝", "氧化驴"],
    },
    {
      id: "electrolytic-aluminium",
      kind: "project-type",
      label: "电解铝",
      // 金属冶炼 is the document's name for this link of the chain (总体要求).
      terms: ["电解铝", "金属冶炼", "电解铝项目", "电解铝企业", "电解铝行业", "电解铝生产"],
      variants: [
        "原铝冶炼", "炼铝", "铝冶炼", "电解铝厂", "铝冶炼厂", "电解铝产业", "电解铝生产线", "铝电解厂", "冶炼厂", "电解系列",
      ],
      english: [
        "electrolytic aluminium", "electrolytic aluminum", "aluminium smelter", "aluminum smelter", "smelter",
        "primary aluminium smelting", "primary aluminum smelting", "aluminium smelting", "aluminum smelting", "smelting",
      ],
      mistypes: ["电解吕", "点解铝", "电介铝", "电解旅", "电姐铝"],
    },
    {
      id: "recycled-aluminium",
      kind: "project-type",
      label: "再生铝",
      terms: ["再生铝", "再生铝项目", "再生铝企业", "再生铝产业", "再生铝建设项目"],
      variants: ["废铝回炉", "再生铝合金", "回收铝", "铝回收", "再生铝厂", "铝再生", "再生铝锭", "再生铝产能", "铝循环"],
      english: [
        "recycled aluminium", "recycled aluminum", "secondary aluminium", "secondary aluminum", "aluminium recycling",
        "aluminum recycling", "recycler", "scrap recycler", "aluminium recycler", "remelting", "secondary smelter"],
      mistypes: ["再生吕", "在生铝", "再声铝"],
    },
    {
      id: "deep-processing",
      kind: "project-type",
      label: "铝精深加工",
      // The whole downstream half of the chain; clusters 二（一）（二） are kinds of it.
      terms: ["铝精深加工", "精深加工", "铝加工", "铝材加工", "铝精深加工产业集群", "精深加工产业集群", "铝精深加工产业"],
      variants: [
        "铝深加工", "深加工", "铝材厂", "铝加工厂", "下游加工", "铝制品加工", "铝加工项目", "精深加工项目", "铝精加工",
        "铝后加工", "铝加工企业", "铝材生产",
      ],
      english: ["aluminium processing", "aluminum processing", "downstream processing", "deep processing", "fabrication", "fabricator"],
      mistypes: ["铝精身加工", "吕加工"],
    },
    {
      id: "cluster-lightweight",
      kind: "project-type",
      label: "装备轻量化材料集群",
      // 二（一）: aircraft, rail, ships, marine engineering and the automotive parts listed there.
      terms: ["铝制装备轻量化材料产业集群", "铝制装备轻量化材料", "装备轻量化材料", "铝制轻量化材料", "轻量化材料", "轻量化", "装备制造"],
      variants: ["轻量化集群", "轻量化产业集群", "轻量化铝材", "交通轻量化", "装备用铝", "减重"],
      english: ["lightweight", "lightweighting", "lightweight materials", "lightweight aluminium", "lightweight aluminum", "transport equipment", "transportation equipment", "equipment lightweighting"],
      mistypes: ["轻亮化", "清量化", "轻量话"],
      broader: ["deep-processing"],
    },
    {
      id: "cluster-alloy",
      kind: "project-type",
      label: "中高端合金制品集群",
      // 二（二）: 全铝家装、电力线缆、家用电器、工业型材、电子/包装/印刷用铝材、铝箔铝线铝管.
      terms: [
        "铝制中高端合金制品产业集群", "中高端铝合金及制品", "中高端合金制品", "合金制品", "高附加值产品",
      ],
      variants: ["合金制品集群", "铝合金制品", "铝合金产品", "中高端铝合金", "中高端铝材", "铝合金加工"],
      english: ["alloy products", "aluminium alloy products", "aluminum alloy products", "mid-to-high-end alloy", "mid-to-high-end", "mid-high-end", "medium and high-end alloy", "alloy cluster"],
      broader: ["deep-processing"],
    },
    {
      id: "cluster-nonmetal",
      kind: "project-type",
      label: "铝基非金属材料",
      // 二（三）: the “非金属应用” link; kept apart from 精深加工 because admission treats it as its own type.
      terms: [
        "铝基非金属材料产业集群", "铝基非金属材料", "非金属材料", "非金属应用", "铝基材料", "铝基材料产业集群", "铝基材料产业链条",
        "铝基新材料",
      ],
      variants: ["铝基非金属", "非金属铝材料", "铝基新材料项目", "铝基材料项目", "非金属集群", "铝基集群"],
      english: ["non-metallic materials", "nonmetallic materials", "aluminium-based materials", "aluminum-based materials"],
      mistypes: ["铝鸡材料"],
    },
  ],
};
