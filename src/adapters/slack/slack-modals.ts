import type { types } from "@slack/bolt";
import { z } from "zod";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { truncateText } from "../split-text.js";

export const CHECK_MORE_VIEW = "alubot_check_more_view";
export const FEEDBACK_REASON_VIEW = "alubot_feedback_reason_view";
export const HOME_CHECK_VIEW = "alubot_home_check_view";
/** Block and action ids of every modal's one text input. */
export const INPUT_BLOCK = "alubot_input";
export const INPUT_ACTION = "text";
export const FEEDBACK_REASON_MAX = 500;

/** What a modal remembers about the button that opened it (private_metadata, ≤ 3,000 chars). */
export const ModalMetadataSchema = z.object({
  /** The stored answer's id. */
  id: z.string().optional(),
  /** The opening action's response_url: how an ephemeral answer is continued after the modal. */
  responseUrl: z.string().optional(),
});
export type ModalMetadata = z.infer<typeof ModalMetadataSchema>;

export function readModalMetadata(raw: string | undefined): ModalMetadata {
  try {
    const parsed = ModalMetadataSchema.safeParse(JSON.parse(raw || "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const plain = (text: string) => ({ type: "plain_text" as const, text });

function textInput(label: string, options: { placeholder: string; maxLength: number; optional?: boolean; hint?: string }): types.InputBlock {
  return {
    type: "input",
    block_id: INPUT_BLOCK,
    optional: options.optional ?? false,
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: { type: "plain_text_input", action_id: INPUT_ACTION, multiline: true, max_length: options.maxLength, placeholder: plain(options.placeholder) },
  };
}

/** 补充信息: free text for a check question the buttons cannot answer (a location, a kA figure…). */
export function checkMoreModal(questions: readonly string[], metadata: ModalMetadata): types.ModalView {
  return {
    type: "modal",
    callback_id: CHECK_MORE_VIEW,
    private_metadata: JSON.stringify(metadata),
    title: plain("补充信息"),
    submit: plain("发送"),
    close: plain("取消"),
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", verbatim: true, text: truncateText(questions.map((q, i) => `${i + 1}. ${escapeMrkdwn(q)}`).join("\n") || "请补充项目情况。", 2900) },
      },
      textInput("补充的情况", { placeholder: "例如：建在兴仁经开区，400kA电解槽，能效达到标杆水平", maxLength: 2000 }),
    ],
  };
}

/** 👎: a short, optional reason, stored with the feedback. */
export function feedbackReasonModal(metadata: ModalMetadata): types.ModalView {
  return {
    type: "modal",
    callback_id: FEEDBACK_REASON_VIEW,
    private_metadata: JSON.stringify(metadata),
    // Closing the modal still records the 👎 (view_closed), just without a reason.
    notify_on_close: true,
    title: plain("哪里没帮上？"),
    submit: plain("提交"),
    close: plain("跳过"),
    blocks: [
      textInput("原因（可不填）", {
        placeholder: "例如：引用的条款不对、漏了责任部门、答非所问…",
        maxLength: FEEDBACK_REASON_MAX,
        optional: true,
        hint: "您的反馈只用于改进回答。",
      }),
    ],
  };
}

/** 项目检查 from the App Home tab: the answer arrives in the user's DM with alubot. */
export function homeCheckModal(example: string): types.ModalView {
  return {
    type: "modal",
    callback_id: HOME_CHECK_VIEW,
    private_metadata: "{}",
    title: plain("项目检查"),
    submit: plain("开始检查"),
    close: plain("取消"),
    blocks: [
      textInput("项目描述", {
        placeholder: `例如：${example}`,
        maxLength: 2000,
        hint: "写明项目类型、地点（市县、开发区）、规模和已办手续；结果和追问会发到与 alubot 的私信里。",
      }),
    ],
  };
}
