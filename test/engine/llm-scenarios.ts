import { agentStep, chatToolCall } from "../helpers/fake-openai-server.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

/** Scenarios of the LLM-mode engine tests (and of the closing-note demo): refused questions, a project question. */
export const corpus = loadTestCorpus();
export const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;
export const sentence = (id: string, has: string) => clause(id).text.split("。").find((s) => s.includes(has))!;

/** Questions the offline engine refuses today (colloquial or English), with what an honest model answers. */
export const REFUSED = [
  {
    question: "Which department leads bauxite exploration?",
    reply: { answer: "三（一）列首位的部门是省自然资源厅（通常为牵头部门），该条要求依法严格铝资源开发准入，严厉打击以探代采。", citations: [{ clauseId: "3.1", quote: sentence("3.1", "以探代采") }] },
  },
  {
    question: "搞再生铝能拿到啥补贴",
    reply: {
      answer: "文件没有写具体补贴金额；六（三）支持相关地区制定专项政策措施，加大对再生铝产业的扶持力度，并发挥专项资金、专项债券等作用。",
      citations: [{ clauseId: "6.3", quote: sentence("6.3", "扶持力度") }, { clauseId: "6.3", quote: sentence("6.3", "专项资金") }],
    },
  },
  {
    question: "oxidation aluminium plant new rules",
    reply: { answer: "新建、扩建氧化铝项目要组织开展专项论证，原则上应具有与产能相匹配的铝土矿资源。", citations: [{ clauseId: "3.2", quote: sentence("3.2", "专项论证") }, { clauseId: "3.2", quote: sentence("3.2", "相匹配") }] },
  },
] as const;

export const PROJECT = "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标，需要哪些部门负责？";
export const PROJECT_SCRIPT = [
  agentStep(chatToolCall("check_project", { description: "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标" })),
  agentStep(chatToolCall("find_departments", { query: "三（三）" })),
  agentStep(
    chatToolCall("policy_answer", {
      answer: "该项目不符合文件要求：三（三）严禁违规新增电解铝产能，引入产能指标须按程序制定公告产能置换方案；您的电解槽为350kA，三（三）支持400KA以下电解槽有序退出。三（三）列首位的部门是省工业和信息化厅（通常为牵头部门）。",
      citations: [{ clauseId: "3.3", quote: sentence("3.3", "严禁违规") }, { clauseId: "3.3", quote: sentence("3.3", "产能置换") }, { clauseId: "3.3", quote: sentence("3.3", "400") }],
    }),
  ),
];

/** The LLM profile extractor's own call (check_project runs it in LLM mode): an empty profile, merged with the offline one. */
export const isExtraction = (body: any) => body?.response_format?.json_schema?.name === "project_profile";

