import { stateOf } from "../fact-state.js";
import type { ProjectProfile, ProjectType } from "../profile-schema.js";

/** A support policy as data: the clause, the anchor located in its text, and who it is for. */
export interface IncentiveRule {
  id: string;
  clauseId: string;
  name: string;
  anchor: string;
  appliesTo(profile: ProjectProfile): boolean;
}

const forTypes = (...types: ProjectType[]) => (p: ProjectProfile) => p.projectType != null && types.includes(p.projectType);
const ALUMINIUM: ProjectType[] = ["铝土矿开采", "氧化铝", "电解铝", "再生铝", "铝精深加工", "铝基非金属材料"];

export function listIncentives(): IncentiveRule[] {
  return [
    { id: "land", clauseId: "6.2", name: "用地保障（应保尽保）", anchor: "对铝精深加工等重大招商引资项目用地需求应保尽保", appliesTo: forTypes("铝精深加工", "铝基非金属材料") },
    { id: "income-tax", clauseId: "6.2", name: "西部鼓励类产业企业所得税优惠", anchor: "落实鼓励类企业所得税优惠政策", appliesTo: forTypes("铝精深加工", "铝基非金属材料", "再生铝") },
    { id: "vat-refund", clauseId: "6.2", name: "再生铝资源综合利用增值税即征即退", anchor: "落实再生铝企业资源综合利用增值税即征即退政策", appliesTo: forTypes("再生铝") },
    { id: "power", clauseId: "6.2", name: "电解铝用电保障与电价浮动政策", anchor: "全力保障电解铝企业用电需求", appliesTo: forTypes("电解铝") },
    { id: "finance", clauseId: "6.3", name: "金融机构重点支持", anchor: "支持铝精深加工、再生铝、铝土矿共伴生资源利用等项目加快建设", appliesTo: forTypes("铝精深加工", "铝基非金属材料", "再生铝", "铝土矿开采") },
    { id: "finance-electrolytic", clauseId: "6.3", name: "符合产能置换要求的电解铝项目金融支持", anchor: "支持符合兼并重组、产能置换和产业政策要求的电解铝项目建设", appliesTo: (p) => p.projectType === "电解铝" && stateOf(p.quotaAnnounced) === "done" },
    { id: "special-funds", clauseId: "6.3", name: "省级专项资金、专项债、政府投资基金", anchor: "多渠道支持铝精深加工重点园区、重大项目、研发平台等建设", appliesTo: forTypes("铝精深加工", "铝基非金属材料") },
    { id: "recycled-local", clauseId: "6.3", name: "地方再生铝扶持政策", anchor: "加大对再生铝产业的扶持力度", appliesTo: forTypes("再生铝") },
    { id: "rnd", clauseId: "5.1", name: "研发费用加计扣除", anchor: "落实研发费用加计扣除等优惠和专项扶持政策", appliesTo: forTypes(...ALUMINIUM) },
  ];
}
