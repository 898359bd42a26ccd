import type { APIEmbed, APIEmbedField } from "discord.js";
import type { AdmissionReport } from "../../admission/report-schema.js";
import type { Reply } from "../../reply/reply-schema.js";
import { describeReplyDepartments } from "../describe-reply-departments.js";
import { listPendingQuestions } from "../pending-questions.js";
import { FINDING_STATUS_DISPLAY, OVERALL_DISPLAY, findingLineText, selectShownFindings } from "../report-status.js";
import { packLines, splitText, truncateText } from "../split-text.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";

/** Discord's documented limits. */
export const DISCORD_LIMITS = {
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
} as const;

/** Nobody can be pinged by a reply: no @everyone/@here, roles, users, nor the replied-to author. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export interface DiscordReplyPayload {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
}

const COLORS = { answer: 0x3b82f6, pass: 0x22c55e, fail: 0xef4444, info: 0xf59e0b, error: 0x6b7280 } as const;
/** Escaping can double a character; chunk raw text so the escaped result still fits. */
const RAW_DESCRIPTION = 3000;
const RAW_FIELD = 480;
const QUOTE_MAX = 300;

/** Renders a reply as Discord messages: embeds with description, citation fields and a department footer. */
export function renderEmbeds(reply: Reply): DiscordReplyPayload[] {
  const descriptions = splitText(reply.answer.trim() || "（无内容）", RAW_DESCRIPTION).map((d) => truncateText(escapeDiscordMarkdown(d), DISCORD_LIMITS.description));
  const fields: APIEmbedField[] = [
    ...(reply.report ? renderReportFields(reply.report, listPendingQuestions(reply)) : []),
    ...reply.citations.map((c) => field(`〔${c.label}〕${c.title}`, `“${truncateText(c.quote, QUOTE_MAX)}”`)),
  ];
  if (reply.followUps.length) fields.push(field("可以接着问", reply.followUps.join("\n")));
  const departments = describeReplyDepartments(reply.departments);
  const footer = departments ? { text: truncateText(`责任部门：${departments}`, DISCORD_LIMITS.footer) } : undefined;
  const embeds = packEmbeds(descriptions, fields, colorOf(reply));
  if (footer) {
    const last = embeds[embeds.length - 1]!;
    if (embedSize(last) + footer.text.length <= DISCORD_LIMITS.embedTotal) last.footer = footer;
    else embeds.push({ color: last.color, footer });
  }
  return packMessages(embeds);
}

function field(name: string, rawValue: string, inline = false): APIEmbedField {
  return {
    name: truncateText(escapeDiscordMarkdown(name), DISCORD_LIMITS.fieldName),
    value: truncateText(escapeDiscordMarkdown(rawValue), DISCORD_LIMITS.fieldValue),
    inline,
  };
}

/** The admission report as compact rule → status lines, chunked into fields of ≤ 1,024 chars. */
function renderReportFields(report: AdmissionReport, questions: readonly string[]): APIEmbedField[] {
  const overall = OVERALL_DISPLAY[report.overall];
  const out: APIEmbedField[] = [
    { name: "项目准入检查", value: `${overall.icon} ${overall.text}（${escapeDiscordMarkdown(report.projectType)}）`, inline: false },
  ];
  const findings = selectShownFindings(report);
  const lines = findings.shown.map((f) => {
    const s = FINDING_STATUS_DISPLAY[f.status];
    return `${s.icon} **${escapeDiscordMarkdown(f.label)}** ${s.text}｜${escapeDiscordMarkdown(truncateText(findingLineText(f), RAW_FIELD))}`;
  });
  if (findings.notApplicableLine) lines.push(findings.notApplicableLine);
  if (report.cluster) {
    const c = report.cluster;
    const fit = c.zoneFit === null ? "❓ 选址待确认" : c.zoneFit ? "✅ 位于所列区域" : "❌ 不在所列区域";
    lines.push(`**产业集群** ${escapeDiscordMarkdown(`${c.label} ${c.name}`)}｜${fit}`);
  }
  for (const inc of report.incentives) lines.push(`🎁 **${escapeDiscordMarkdown(inc.label)}** ${escapeDiscordMarkdown(inc.name)}`);
  packLines(lines, DISCORD_LIMITS.fieldValue).forEach((value, i) => out.push({ name: i === 0 ? "逐条结果" : "逐条结果（续）", value, inline: false }));
  if (questions.length) {
    const qs = questions.map((q, i) => `${i + 1}. ${escapeDiscordMarkdown(q)}`);
    packLines(qs, DISCORD_LIMITS.fieldValue).forEach((value) => out.push({ name: "还需要了解", value, inline: false }));
  }
  return out;
}


function colorOf(reply: Reply): number {
  if (reply.kind === "error" || reply.kind === "refusal") return COLORS.error;
  if (reply.report) return reply.report.overall === "compliant" ? COLORS.pass : reply.report.overall === "non_compliant" ? COLORS.fail : COLORS.info;
  return COLORS.answer;
}

export function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Greedy packing: each description chunk opens an embed; fields fill embeds up to 25 and 6,000 chars. */
function packEmbeds(descriptions: string[], fields: APIEmbedField[], color: number): APIEmbed[] {
  const embeds: APIEmbed[] = descriptions.map((description) => ({ color, description }));
  // Reserve room for the footer so adding it never breaks the per-embed total.
  const budget = DISCORD_LIMITS.embedTotal - DISCORD_LIMITS.footer;
  let current = embeds[embeds.length - 1]!;
  for (const f of fields) {
    const n = current.fields?.length ?? 0;
    if (n >= DISCORD_LIMITS.fields || embedSize(current) + f.name.length + f.value.length > budget) {
      current = { color };
      embeds.push(current);
    }
    (current.fields ??= []).push(f);
  }
  return embeds;
}

/** At most 10 embeds and 6,000 characters across all embeds of one message. */
function packMessages(embeds: APIEmbed[]): DiscordReplyPayload[] {
  const messages: DiscordReplyPayload[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedSize(e);
    if (current.length && (current.length >= DISCORD_LIMITS.embedsPerMessage || size + n > DISCORD_LIMITS.embedTotal)) {
      messages.push({ embeds: current, allowedMentions: NO_MENTIONS });
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) messages.push({ embeds: current, allowedMentions: NO_MENTIONS });
  return messages;
}
