import type { LexiconSection } from "../concept-schema.js";

/**
 * Ways people point at this document (document-title variants): a frame word must be one of these
 * whole, since 文件 inside 这个文件 is part of a longer form and no frame word of its own.
 */
const DOCUMENT_MENTIONS = ["这个文件", "这份文件", "本文件", "该文件", "这个政策", "这份政策", "这份意见"];
// A frame word inside a longer form is no word of its own (frames.ts), so a frame that names the document
// in English lists these whole mentions too: "purpose of this policy" has "this policy", not "policy".
const DOCUMENT_MENTIONS_EN = ["guiding opinions", "this document", "this policy", "the policy", "the plan", "this plan"];

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
      // "When was this aluminium policy issued?", "文件是哪天印发的": the asking word and the issuing verb apart.
      frames: [
        [["when", "what date", "which date", "what year"], ["issued", "published", "released", "signed"]],
        [["什么时候", "啥时候", "哪天", "哪一天", "几月几号", "哪年"], ["印发", "发布", "出台", "下发", "发的"]],
      ],
    },
    {
      id: "document-number",
      kind: "document",
      label: "文号",
      terms: ["黔工信〔2024〕10号"],
      variants: ["文号", "发文字号", "发文号", "文件编号", "几号文", "黔工信10号", "10号文", "黔工信2024-10号"],
      english: ["document number", "reference number"],
    },
    {
      id: "issuer",
      kind: "document",
      label: "发文单位",
      terms: ["贵州省工业和信息化厅"],
      variants: ["发文单位", "发文机关", "谁发的", "谁印发", "哪个单位发", "哪个部门发", "落款单位", "印发单位", "印发机关", "发布单位", "发布机关", "制发单位", "出台单位"],
      english: ["issuer", "who issued", "issuing authority"],
    },
    {
      id: "document-title",
      kind: "document",
      label: "指导意见（本文件）",
      whole: true,
      // The document's own name and the ways people refer to “this document”.
      terms: ["关于推进铝产业高质量发展的指导意见", "指导意见"],
      variants: ["这份文件", "这个文件", "本文件", "该文件", "这份政策", "这个政策", "铝产业指导意见", "铝产业政策", "铝产业高质量发展指导意见", "文件标题", "文件名称", "这份意见",
        // People call the document they are asking about “the new policy”: it is this one, not another.
        "新政策", "最新政策", "新出的政策", "新文件", "这次的政策"],
      english: DOCUMENT_MENTIONS_EN,
    },
    {
      id: "index-number",
      kind: "document",
      label: "索引号",
      terms: ["520000-2024-05-002"],
      variants: ["索引号", "信息索引号", "公开索引号"],
      english: ["index number"],
    },
    {
      id: "publication-note",
      kind: "document",
      label: "公开属性",
      terms: ["此件公开发布", "公开发布"],
      variants: ["是否公开", "公开属性", "能公开吗", "公开文件", "主动公开"],
      english: ["public release", "publicly released"],
    },
    {
      id: "recipients",
      kind: "document",
      label: "主送单位",
      terms: ["省有关部门和单位", "现印发给你们", "请认真遵照执行"],
      variants: ["主送单位", "主送", "发给谁", "印发给谁", "发送范围", "抄送", "主送对象", "发给哪些单位", "下发给谁", "印发给哪些单位", "发到哪些单位", "发给了哪些", "发给哪些", "下发给哪些", "下发到", "印发到", "受文单位", "收文单位"],
      english: ["recipients", "addressees", "addressed to", "sent to"],
    },
    {
      id: "provincial-approval",
      kind: "document",
      label: "省政府同意",
      // The notice says the opinions were agreed by the provincial government's leaders.
      terms: ["经省人民政府领导同志同意", "省人民政府领导同志同意", "省人民政府"],
      variants: ["省政府", "贵州省人民政府", "贵州省政府", "省政府同意", "省领导同意", "省政府批准", "经谁同意", "经过谁同意", "谁同意的", "经谁批准", "谁批准的"],
      english: ["provincial government", "provincial government approval", "approved by", "who approved"],
      // "這份文件經過誰同意才印發的": who agreed to the document, asked of the document itself — not who
      // approves a project (新建电解铝要谁批准), which names no document word.
      frames: [
        [["文件", "意见", "通知", "政策", ...DOCUMENT_MENTIONS], ["谁", "哪个", "哪级", "哪位"], ["同意", "批准", "审定"]],
      ],
    },
    {
      id: "document-purpose",
      kind: "document",
      label: "发文目的",
      // The notice's purpose sentence: "为主动融入和服务国家战略……加快建成全国重要的资源精深加工基地……提出如下意见".
      terms: ["提出如下意见"],
      variants: ["出台目的", "出台背景", "发文目的", "印发目的", "制定目的", "文件目的", "为什么出台", "为啥出台", "为什么印发", "出台初衷"],
      english: ["purpose of the document", "purpose of the policy", "why was it issued", "why was this policy issued"],
      // "出这个文件到底想干嘛": the document and what it wants, apart.
      frames: [
        [["文件", "意见", "政策", "出台", "印发", ...DOCUMENT_MENTIONS], ["目的", "初衷", "用意", "意图", "出发点", "想干嘛", "想干啥", "想干什么", "为了啥", "为了什么", "背景", "缘由", "由来", "来由"]],
        [["purpose", "aim", "objective", "why", "background", "rationale"], ["document", "policy", "guidance", "opinions", "issued", ...DOCUMENT_MENTIONS_EN]],
      ],
    },
    {
      id: "document-structure",
      kind: "document",
      label: "文件结构",
      terms: [],
      variants: ["几个部分", "分几部分", "几部分", "文件结构", "目录", "框架", "大纲", "章节", "有哪些部分", "结构", "主要内容", "内容概要", "摘要", "总结一下"],
      english: ["structure", "outline", "summary", "summarize", "summarise", "overview", "table of contents", "main points", "key points", "main content"],
      note: "文件分六部分：总体要求、精深加工产业集群、规模结构、数字化智能化、绿色创新、要素保障。",
    },
  ],
};
