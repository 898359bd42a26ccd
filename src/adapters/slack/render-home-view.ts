import type { types } from "@slack/bolt";
import type { DocumentCatalog } from "../document-catalog.js";
import { packLines, truncateText } from "../split-text.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { SLACK_SECTION_MAX } from "./render-blocks.js";

export const HOME_CHECK_ACTION = "alubot_home_check";
/** Slack's limit for a Home tab view. */
export const HOME_BLOCKS_MAX = 100;

const section = (text: string): types.KnownBlock => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } });
const header = (text: string): types.KnownBlock => ({ type: "header", text: { type: "plain_text", text: truncateText(text, 150) } });

/**
 * The App Home tab: what the document covers (its outline, from the parsed clauses), example
 * questions, and a 项目检查 button that opens the check modal.
 */
export function renderHomeView(catalog: DocumentCatalog): types.HomeView {
  const outline = catalog.parts.flatMap((part) =>
    packLines(
      [`*${escapeMrkdwn(`${part.label} ${part.title}`)}*`, ...part.clauses.map((c) => `• ${escapeMrkdwn(c.label)} ${escapeMrkdwn(c.title)}`)],
      SLACK_SECTION_MAX,
    ).map(section),
  );
  const examples = packLines(catalog.examples.map((q) => `• ${escapeMrkdwn(q)}`), SLACK_SECTION_MAX).map(section);
  const blocks: types.KnownBlock[] = [
    header("alubot · 铝产业政策助手"),
    section(`依据${escapeMrkdwn(catalog.title)}原文回答问题，每个回答都注明条款出处（如〔三（四）〕）。`),
    {
      type: "actions",
      block_id: "alubot_home_actions",
      elements: [{ type: "button", action_id: HOME_CHECK_ACTION, style: "primary", text: { type: "plain_text", text: "项目检查" } }],
    },
    { type: "context", elements: [{ type: "mrkdwn", verbatim: true, text: "项目检查：描述一个铝产业项目，逐条对照文件要求判断能否准入；需要补充的情况会在私信里追问。" }] },
    { type: "divider" },
    header("文件结构"),
    ...outline,
    { type: "divider" },
    header("可以这样问"),
    ...examples,
    {
      type: "context",
      elements: [{ type: "mrkdwn", verbatim: true, text: "在频道里 @alubot 提问（之后在该讨论串里直接回复即可），在“消息”标签页直接私信，或用 /alubot 私下查询；发送“重新开始”开启新对话。" }],
    },
  ];
  return { type: "home", blocks: blocks.slice(0, HOME_BLOCKS_MAX) };
}
