import type { LexiconSection } from "../concept-schema.js";

/** The document itself: who issued it, when, its number — answered from the notice (clause 0). */
export const documentSection: LexiconSection = {
  section: "document",
  concepts: [
    {
      id: "issue-date",
      kind: "document",
      label: "发文日期",
      terms: ["2024年1月31日"],
      variants: ["发文日期", "印发日期", "发布日期", "发布时间", "出台时间", "啥时候发", "什么时候发", "什么时候出台", "什么时候印发", "哪天发", "落款日期"],
      english: ["issue date", "date of issue", "when was it issued", "when was it published", "publication date"],
    },
    {
      id: "document-number",
      kind: "document",
      label: "文号",
      terms: ["黔工信〔2024〕10号"],
      variants: ["文号", "发文字号", "发文号", "文件编号", "几号文"],
      english: ["document number", "reference number"],
    },
    {
      id: "issuer",
      kind: "document",
      label: "发文单位",
      terms: ["贵州省工业和信息化厅"],
      variants: ["发文单位", "发文机关", "谁发的", "谁印发", "哪个单位发", "哪个部门发", "落款单位"],
      english: ["issuer", "who issued", "issuing authority"],
    },
  ],
};
