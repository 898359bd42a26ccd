import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { createQueryAnalyzer } from "../../src/understanding/create-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

/**
 * Near-domain topics the document does not cover, by class, each phrased several ways (colloquial,
 * formal, English, traditional): the shipped lexicon must name the uncovered topic, so a refusal or a
 * partial answer is decided from it. Next to each class, questions the document does answer that use
 * the same everyday words must name none. Phrasings written for this test, not taken from any eval set.
 */
const analyzer = createQueryAnalyzer({ lexicon: defaultLexicon(), phrasing: defaultPhrasing(), clauses: loadTestCorpus().clauses });
const uncovered = (q: string): string[] => analyzer.analyze(q).uncovered.map((c) => c.id);

const CLASSES: Record<string, { out: string[]; inside: string[] }> = {
  "product-prices": {
    out: ["铝棒现在啥行情", "How much is aluminium ingot per tonne right now?", "铝锭最近卖什么价"],
    inside: ["铝企业怎么扛价格风险", "原料价格波动大，上下游怎么签长协", "行情不好的时候企业怎么抵御价格风险"],
  },
  "named-product-price": {
    out: ["再生铝锭价格怎么定的", "鋁板單價多少", "铝水报价一般怎么算"],
    inside: ["电解铝用电价格有什么政策"],
  },
  "power-price-figures": {
    out: ["电解铝企业到户电价几毛一度", "大工业电价每千瓦时多少", "How much do smelters pay per kWh?", "電解鋁電價比鄰省貴不貴"],
    inside: ["电解铝行业电价浮动政策是怎么规定的", "电解铝企业用电需求能保障吗"],
  },
  "loan-terms": {
    out: ["铝加工企业流动资金贷款利息怎么算", "项目贷款最多能贷几年", "What interest rate do banks charge aluminium firms?", "銀行貸款利率多少"],
    inside: ["银行贷款会支持哪些铝项目", "Does the policy encourage bank lending to recycled aluminium projects?"],
  },
  "tax-rate-figures": {
    out: ["资源综合利用增值税能退多大比例", "研发费用加计扣除能扣几成", "What percentage of VAT is refunded to recyclers?", "What is the enterprise income tax rate for encouraged firms?"],
    inside: ["再生铝企业有什么增值税政策", "What tax incentives does the policy mention?"],
  },
  "money-figures": {
    out: ["电解铝吨成本大概多少", "氧化铝生产成本怎么样", "What is the production cost of alumina?"],
    inside: ["氧化铝项目要满足哪些要求"],
  },
  "wages": {
    out: ["铝厂给工人交社保吗，缴费比例多少", "挤压车间普工一个月多少钱", "職業病有沒有補償", "What social insurance must a smelter pay for workers?"],
    inside: ["技能人才队伍怎么壮大", "招工难，文件有没有人才方面的办法"],
  },
  "rankings": {
    out: ["贵州电解铝产能在全国排第几", "全国铝加工强省排名", "How does Guizhou rank among aluminium provinces?"],
    inside: ["文件对贵州铝产业的定位是什么"],
  },
  "certification-rating": {
    out: ["绿色工厂认证找哪家机构", "数字车间评级分几档", "Is there a star rating for smart factories?"],
    inside: ["文件对绿色工厂建设怎么说", "机器换人到智能工厂的培育路径是怎样的"],
  },
  "drafting-service": {
    out: ["帮我起草一份再生铝项目的请示", "写一份申报专项资金的方案给我", "Can you write me a proposal for a recycling plant?"],
    inside: ["帮我概括一下三（四）的要求", "产能置换方案要按什么程序制定"],
  },
  "current-statistics": {
    out: ["今年上半年铝产业产值同比增长多少", "What is the latest alumina output of Guizhou?"],
    inside: ["到2027年铝产业产值要达到多少"],
  },
  "publication-venue": {
    out: ["产能置换方案一般在哪里公示", "省级重点项目名单在哪能看到公布"],
    inside: ["电解铝产能置换方案要按程序公告吗"],
  },
  "application-procedure": {
    out: ["重点项目在哪个平台填报", "专项资金网上填报系统叫什么"],
    inside: ["铝产业重大项目能列入省级重点项目名单吗"],
  },
  "deadlines": {
    out: ["专项资金申报通知什么时候下", "首批次保险补偿什么时候开始申报"],
    inside: ["这个文件是什么时候印发的"],
  },
  "technical-specs": {
    out: ["赤泥库的坝高有什么规定", "堆场防渗层要做多厚", "How thick must the liner of a red mud yard be?"],
    inside: ["赤泥综合利用有什么要求"],
  },
};

describe("uncovered topics by class", () => {
  for (const [id, { out, inside }] of Object.entries(CLASSES)) {
    it(`${id}: named however it is asked`, () => {
      for (const q of out) expect(uncovered(q), q).toContain(id);
    });
    it(`${id}: the covered look-alikes name no uncovered topic`, () => {
      for (const q of inside) expect(uncovered(q), q).toEqual([]);
    });
  }

  it("mining under the pretext of exploration is the document's 以探代采, not exploration", () => {
    for (const q of ["借着勘探的名义挖铝土矿怎么处理", "以勘探为名开采铝土矿，文件怎么说"]) {
      const a = analyzer.analyze(q);
      expect(a.uncovered, q).toEqual([]);
      expect(a.specific.map((c) => c.id), q).toContain("illegal-mining");
    }
    expect(uncovered("铝土矿地质勘探找哪家单位")).toContain("geological-exploration");
  });
});
