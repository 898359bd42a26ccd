import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from "discord.js";
import { truncateText } from "../split-text.js";
import { customId, MODAL_INPUT_ID } from "./render-components.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";

export const FEEDBACK_REASON_MAX = 500;

/** 👎: a short, optional reason, stored with the feedback. */
export function reasonModal(key: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId("reason", key),
    title: "哪里没帮上？",
    components: [
      {
        type: ComponentType.Label,
        label: "原因（可不填）",
        description: "您的反馈只用于改进回答。",
        component: {
          type: ComponentType.TextInput, custom_id: MODAL_INPUT_ID, style: TextInputStyle.Paragraph, required: false,
          max_length: FEEDBACK_REASON_MAX, placeholder: "例如：引用的条款不对、漏了责任部门、答非所问…",
        },
      },
    ],
  };
}

/** 补充信息: free text for check questions the buttons cannot answer. */
export function moreInfoModal(key: string, questions: readonly string[]): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId("moreinfo", key),
    title: "补充信息",
    components: [
      { type: ComponentType.TextDisplay, content: truncateText(questions.map((q, i) => `${i + 1}. ${escapeDiscordMarkdown(q)}`).join("\n") || "请补充项目情况。", 3900) },
      {
        type: ComponentType.Label,
        label: "补充的情况",
        component: {
          type: ComponentType.TextInput, custom_id: MODAL_INPUT_ID, style: TextInputStyle.Paragraph, required: true,
          max_length: 2000, placeholder: "例如：建在兴仁经开区，400kA电解槽，能效达到标杆水平",
        },
      },
    ],
  };
}
