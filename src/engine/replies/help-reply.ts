import type { DocumentOverview } from "../../answer/document-overview.js";
import type { Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

export function helpReply(overview: DocumentOverview): Reply {
  const lines = [
    "我是铝产业政策助手，只依据文件原文回答，并注明条款出处（如〔三（四）〕）。",
    overview.coverage,
    "可以这样用：",
    ...overview.examples.map((q) => `· ${q}`),
    "· 发改委负责哪些条款？",
    "· 列出全部量化目标",
    "· 描述一个项目（如“拟在某经开区新建某项目，规模…”）进行准入检查",
    "命令：/clause <条款>（查看条款原文，如 /clause 三（四）），/new（开始新对话），/help（显示本说明）。",
  ];
  return makeReply({ kind: "help", answer: lines.join("\n"), followUps: overview.examples.slice(0, 3) });
}
