import type { types } from "@slack/bolt";
import type { AdmissionReport } from "../../admission/report-schema.js";
import type { CheckChoices } from "../../admission/short-answer-choices.js";
import type { Citation, Reply } from "../../reply/reply-schema.js";
import { describeReplyDepartments } from "../describe-reply-departments.js";
import { isNoticeReply } from "../is-notice-reply.js";
import { listPendingQuestions } from "../pending-questions.js";
import { FINDING_STATUS_DISPLAY, OVERALL_DISPLAY, findingLineText, selectShownFindings } from "../report-status.js";
import { packLines, splitText, truncateText } from "../split-text.js";
import { CHECK_BUTTON_TEXT, describeCheckButtons } from "../stored-answer.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

type Block = types.KnownBlock;

/** Slack's documented limits. */
export const SLACK_SECTION_MAX = 3000;
export const SLACK_BLOCKS_MAX = 50;
const QUOTE_MAX = 120;
/** Room left for escaping (&amp; is 5 chars): chunk raw text well below the section limit. */
const RAW_CHUNK = 2400;

export const FEEDBACK_UP_ACTION = "alubot_feedback_up";
export const FEEDBACK_DOWN_ACTION = "alubot_feedback_down";
export const PUBLISH_ACTION = "alubot_publish";
/** Check question buttons: 有 / 没有 / 不清楚 answer in one tap, 补充信息 opens a modal. */
export const CHECK_ACTIONS = {
  yes: "alubot_check_yes",
  no: "alubot_check_no",
  unknown: "alubot_check_unknown",
  more: "alubot_check_more",
} as const;
export const CHECK_BLOCK_ID = "alubot_check";
/** Slack user ids as they appear in payloads; anything else is never put inside <@…>. */
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit. */
  text: string;
  blocks: Block[];
}

export interface RenderBlocksOptions {
  /** Key the 👍/👎 buttons carry; omitted = no feedback buttons. Notices (errors) never get buttons. */
  feedbackKey?: string;
  /** Key the "公开到频道" button carries (ephemeral slash-command answers only). */
  publishKey?: string;
  /** A check asking questions: the buttons that answer them, carrying `key`. */
  check?: { key: string; choices: CheckChoices };
  /** Shown instead of the check buttons once one was pressed ("✅ 已回答：有"). */
  checkAnswered?: string;
  /** 公开到频道: who asked what, shown above the answer. */
  publishedBy?: { userId: string; question: string };
}

/** Renders a reply as one or more Slack messages, each within 50 blocks and 3,000 chars per section. */
export function renderBlocks(reply: Reply, options: RenderBlocksOptions = {}): SlackMessage[] {
  const published = renderPublishedBy(options.publishedBy);
  const blocks: Block[] = [
    ...published.blocks,
    ...splitText(reply.answer, RAW_CHUNK).map((chunk) => section(escapeMrkdwn(chunk))),
    ...renderDepartments(reply),
    ...(reply.report ? renderReport(reply.report, listPendingQuestions(reply)) : []),
    ...reply.citations.map(renderCitation),
    ...renderFollowUps(reply.followUps),
  ];
  if (blocks.length === 0) blocks.push(section("（无内容）"));
  const notice = isNoticeReply(reply);
  const actions = notice ? null : renderActions(options);
  // Buttons go last, together in the last message, so one chat.update can retire them.
  const trailing: Block[] = [...(notice ? [] : renderCheck(options)), ...(actions ? [actions] : [])];
  const perMessage = SLACK_BLOCKS_MAX;
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += perMessage) messages.push({ text: "", blocks: blocks.slice(i, i + perMessage) });
  if (trailing.length) {
    const last = messages[messages.length - 1]!;
    if (last.blocks.length + trailing.length <= SLACK_BLOCKS_MAX) last.blocks.push(...trailing);
    else messages.push({ text: "", blocks: trailing });
  }
  // published.text is already escaped (and holds the one mention meant to be live).
  const fallback = `${published.text}${escapeMrkdwn(truncateText(reply.answer.trim() || "（无内容）", SLACK_SECTION_MAX - published.text.length))}`;
  return messages.map((m, i) => ({ ...m, text: i === 0 ? fallback : `（续 ${i + 1}/${messages.length}）` }));
}

function section(text: string): Block {
  // verbatim: Slack must not auto-link URLs or channel names found in quoted or user-derived text.
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] };
}

function renderDepartments(reply: Reply): Block[] {
  const line = describeReplyDepartments(reply.departments);
  if (!line) return [];
  return splitText(line, RAW_CHUNK).map((chunk, i) => section(`${i === 0 ? "*责任部门*：" : ""}${escapeMrkdwn(chunk)}`));
}

/** A compact rule → status table: one line per finding, icon first so the eye scans the column. */
function renderReport(report: AdmissionReport, questions: readonly string[]): Block[] {
  const overall = OVERALL_DISPLAY[report.overall];
  const findings = selectShownFindings(report);
  const lines = [
    `*项目准入检查*（${escapeMrkdwn(report.projectType)}）：${overall.icon} ${overall.text}`,
    ...findings.shown.map((f) => {
      const s = FINDING_STATUS_DISPLAY[f.status];
      return `${s.icon} *${escapeMrkdwn(f.label)}* ${s.text}｜${escapeMrkdwn(findingLineText(f))}`;
    }),
    ...(findings.notApplicableLine ? [findings.notApplicableLine] : []),
  ];
  if (report.cluster) {
    const c = report.cluster;
    const fit = c.zoneFit === null ? "❓ 选址待确认" : c.zoneFit ? "✅ 位于所列区域" : "❌ 不在所列区域";
    lines.push(`*产业集群* ${escapeMrkdwn(c.label)} ${escapeMrkdwn(c.name)}｜${fit}`);
  }
  for (const inc of report.incentives) lines.push(`🎁 *${escapeMrkdwn(inc.label)}* ${escapeMrkdwn(inc.name)}`);
  // Outside the province the department only coordinates the document's own (in-province) work: say so.
  const { lead, note } = report.departments;
  if (lead) lines.push(note ? `*协调部门*：${escapeMrkdwn(lead)}（${escapeMrkdwn(note)}）` : `*牵头部门*：${escapeMrkdwn(lead)}`);
  if (questions.length) {
    lines.push("*还需要了解*：");
    questions.forEach((q, i) => lines.push(`${i + 1}. ${escapeMrkdwn(q)}`));
  }
  return packLines(lines, SLACK_SECTION_MAX).map(section);
}


function renderCitation(c: Citation): Block {
  return context(`📄 *${escapeMrkdwn(c.label)}* ${escapeMrkdwn(c.title)}｜“${escapeMrkdwn(truncateText(c.quote, QUOTE_MAX))}”`);
}

function renderFollowUps(followUps: readonly string[]): Block[] {
  if (followUps.length === 0) return [];
  return [context(truncateText(`可以接着问：${followUps.map(escapeMrkdwn).join("　")}`, SLACK_SECTION_MAX))];
}

/** "<@U…> 问：…" above a published answer, so the channel sees who asked what. */
function renderPublishedBy(by: RenderBlocksOptions["publishedBy"]): { blocks: Block[]; text: string } {
  if (!by) return { blocks: [], text: "" };
  const who = USER_ID.test(by.userId) ? `<@${by.userId}>` : "有人";
  const question = escapeMrkdwn(truncateText(by.question, RAW_CHUNK));
  return { blocks: [section(`${who} 问：${question}`)], text: `${who} 问：${question}\n` };
}

function renderCheck(options: RenderBlocksOptions): Block[] {
  if (options.checkAnswered) return [context(escapeMrkdwn(options.checkAnswered))];
  const check = options.check;
  if (!check) return [];
  const button = (action: string, text: string, style?: "primary" | "danger"): types.Button => ({
    type: "button", action_id: action, value: check.key, text: { type: "plain_text", text }, ...(style ? { style } : {}),
  });
  const yesNo = check.choices.yesNo
    ? [button(CHECK_ACTIONS.yes, CHECK_BUTTON_TEXT.yes, "primary"), button(CHECK_ACTIONS.no, CHECK_BUTTON_TEXT.no, "danger")]
    : [];
  return [
    context(escapeMrkdwn(describeCheckButtons(check.choices))),
    {
      type: "actions",
      block_id: CHECK_BLOCK_ID,
      elements: [...yesNo, button(CHECK_ACTIONS.unknown, CHECK_BUTTON_TEXT.unknown), button(CHECK_ACTIONS.more, `${CHECK_BUTTON_TEXT.more}…`)],
    },
  ];
}

function renderActions(options: RenderBlocksOptions): Block | null {
  const elements: types.Button[] = [];
  if (options.publishKey) {
    elements.push({ type: "button", action_id: PUBLISH_ACTION, value: options.publishKey, style: "primary", text: { type: "plain_text", text: "公开到频道" } });
  }
  if (options.feedbackKey) {
    elements.push(
      { type: "button", action_id: FEEDBACK_UP_ACTION, value: options.feedbackKey, text: { type: "plain_text", text: "👍 有帮助", emoji: true } },
      { type: "button", action_id: FEEDBACK_DOWN_ACTION, value: options.feedbackKey, text: { type: "plain_text", text: "👎 没帮助", emoji: true } },
    );
  }
  return elements.length ? { type: "actions", block_id: "alubot_actions", elements } : null;
}
