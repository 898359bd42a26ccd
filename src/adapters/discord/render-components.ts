import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from "discord.js";
import type { CheckChoices } from "../../admission/short-answer-choices.js";
import { CHECK_BUTTON_TEXT, type CheckAnswer } from "../stored-answer.js";

/** What a button does; its custom_id is `alubot:<action>:<stored answer id>` (≤ 100 chars). */
export const BUTTON_ACTIONS = ["up", "down", "pub", "yes", "no", "unknown", "more"] as const;
export type ButtonAction = (typeof BUTTON_ACTIONS)[number];
/** Modals: the 👎 reason and 补充信息, with their one text input. */
export const MODAL_ACTIONS = ["reason", "moreinfo"] as const;
export type ModalAction = (typeof MODAL_ACTIONS)[number];
export const MODAL_INPUT_ID = "text";

const PREFIX = "alubot";

export function customId(action: ButtonAction | ModalAction, key: string): string {
  return `${PREFIX}:${action}:${key}`;
}

export function parseCustomId<A extends string>(id: string, actions: readonly A[]): { action: A; key: string } | null {
  const [prefix, action, key] = id.split(":");
  if (prefix !== PREFIX || !key || !actions.includes(action as A)) return null;
  return { action: action as A, key };
}

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;
type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

const button = (action: ButtonAction, key: string, label: string, style: Style, disabled = false): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button, custom_id: customId(action, key), label, style, disabled,
});

export interface ComponentOptions {
  key: string;
  /** The check's one-tap answers while it asks questions. */
  check?: CheckChoices | null;
  /** Which check button was pressed: the row stays, disabled, showing the choice. */
  checkAnswered?: CheckAnswer;
  /** 公开: only on ephemeral answers; false once published. */
  publish: boolean;
}

/** Check buttons (有 / 没有 / 不清楚 / 补充信息) above 👍 / 👎 / 公开. */
export function renderComponents(options: ComponentOptions): Row[] {
  const { key, check } = options;
  const rows: Row[] = [];
  if (check) {
    const answered = options.checkAnswered;
    const mark = (a: CheckAnswer) => (answered === a ? `✅ ${CHECK_BUTTON_TEXT[a]}` : CHECK_BUTTON_TEXT[a]);
    const done = answered !== undefined;
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        ...(check.yesNo
          ? [button("yes", key, mark("yes"), ButtonStyle.Success, done), button("no", key, mark("no"), ButtonStyle.Danger, done)]
          : []),
        button("unknown", key, mark("unknown"), ButtonStyle.Secondary, done),
        button("more", key, `${CHECK_BUTTON_TEXT.more}…`, ButtonStyle.Primary, done),
      ],
    });
  }
  rows.push({
    type: ComponentType.ActionRow,
    components: [
      button("up", key, "👍 有帮助", ButtonStyle.Secondary),
      button("down", key, "👎 没帮助", ButtonStyle.Secondary),
      ...(options.publish ? [button("pub", key, "公开", ButtonStyle.Primary)] : []),
    ],
  });
  return rows;
}
