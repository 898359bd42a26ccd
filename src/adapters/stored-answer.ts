import { randomUUID } from "node:crypto";
import { z } from "zod";
import { checkChoices, type CheckChoices } from "../admission/short-answer-choices.js";
import { ReplySchema, type Reply } from "../reply/reply-schema.js";
import type { ButtonPayloadStore } from "../store/button-payload-store.js";
import type { ConversationLookup } from "./chat-adapter-deps.js";

/** Buttons keep working as long as the conversation they continue can (the store's 7-day bound). */
export const BUTTON_PAYLOAD_TTL_MS = 7 * 24 * 3600_000;

const CheckChoicesSchema = z.object({
  asked: z.array(z.string()),
  yesNo: z.object({ question: z.string(), yes: z.string(), no: z.string() }).nullable(),
  unknown: z.string(),
});

/** Where a reply went, so a button press on it answers in the same place. */
export const DeliverySchema = z.discriminatedUnion("kind", [
  /** A Slack channel thread (or a thread in a DM outside the assistant view). */
  z.object({ kind: z.literal("slack-thread"), channel: z.string(), threadTs: z.string() }),
  /** A thread of Slack's AI split view: status instead of a placeholder. */
  z.object({ kind: z.literal("slack-assistant"), channel: z.string(), threadTs: z.string() }),
  /** The top level of a Slack DM: one conversation. */
  z.object({ kind: z.literal("slack-dm"), channel: z.string() }),
  /** Private to one user in a channel (slash commands); `responseUrl` reaches it while it is valid. */
  z.object({ kind: z.literal("slack-ephemeral"), channel: z.string(), user: z.string(), responseUrl: z.string().optional() }),
  z.object({ kind: z.literal("discord"), channelId: z.string(), ephemeral: z.boolean() }),
]);
export type Delivery = z.infer<typeof DeliverySchema>;

/** What every button on one answer refers to; stored as JSON in the ButtonPayloadStore. */
export const StoredAnswerSchema = z.object({
  v: z.literal(1),
  question: z.string(),
  /** Platform id of who asked (公开到频道 names them); never logged or put into feedback records. */
  askerId: z.string(),
  conversationId: z.string(),
  channelId: z.string().nullable(),
  reply: ReplySchema,
  /** One-tap answers while a check asks questions; null otherwise. */
  check: CheckChoicesSchema.nullable(),
  delivery: DeliverySchema,
});
export type StoredAnswer = z.infer<typeof StoredAnswerSchema>;

/** Stores the answer and returns the id its buttons carry. */
export async function rememberAnswer(store: ButtonPayloadStore, answer: StoredAnswer): Promise<string> {
  const id = randomUUID();
  await store.put(id, answer, BUTTON_PAYLOAD_TTL_MS);
  return id;
}

/** The stored answer, or undefined when unknown, expired or unreadable (an older payload version). */
export async function recallAnswer(store: ButtonPayloadStore, id: string): Promise<StoredAnswer | undefined> {
  if (!id) return undefined;
  const parsed = StoredAnswerSchema.safeParse(await store.get(id));
  return parsed.success ? parsed.data : undefined;
}

/** The one-tap answers for a reply that asks a check question, read from the conversation's pendingCheck. */
export async function lookupCheckChoices(conversations: ConversationLookup, conversationId: string, reply: Reply): Promise<CheckChoices | null> {
  if (reply.kind !== "question") return null;
  const state = await conversations.get(conversationId);
  return checkChoices(state?.pendingCheck ?? null);
}

export type CheckAnswer = "yes" | "no" | "unknown";

/**
 * The text a check button sends, or null when the button belongs to a step the check has moved past
 * (pressed twice, or answered by typing meanwhile): answering again would answer a different question.
 */
export async function resolveCheckAnswer(conversations: ConversationLookup, stored: StoredAnswer, answer: CheckAnswer): Promise<string | null> {
  if (!stored.check) return null;
  const state = await conversations.get(stored.conversationId);
  const current = checkChoices(state?.pendingCheck ?? null);
  if (!current || JSON.stringify(current.asked) !== JSON.stringify(stored.check.asked)) return null;
  if (answer === "unknown") return current.unknown;
  const yesNo = current.yesNo;
  if (!yesNo) return null;
  return answer === "yes" ? yesNo.yes : yesNo.no;
}

/** Chinese labels shared by both platforms' check buttons. */
export const CHECK_BUTTON_TEXT = { yes: "有", no: "没有", unknown: "不清楚", more: "补充信息" } as const;

/** The line under a check question telling what the buttons answer. */
export function describeCheckButtons(check: CheckChoices): string {
  const index = check.yesNo ? check.asked.indexOf(check.yesNo.question) + 1 : 0;
  const yesNo = index > 0 ? `“有 / 没有”回答第 ${index} 个问题；` : "";
  return `${yesNo}“不清楚”直接查看目前的检查结果；“补充信息”可以写下其他情况，也可以直接回复。`;
}
