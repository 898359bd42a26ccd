import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type { EngineIntent } from "../../engine/engine.js";

/** Simplified Chinese (zh-CN and the default) and traditional characters (zh-TW), written out by hand. */
interface Text {
  cn: string;
  tw: string;
}

/** One slash command: its English name (stable API id), Chinese display texts, and the engine intent. */
interface CommandSpec {
  name: string;
  /** undefined = the engine decides, as for a message (so /ask continues a pending check). */
  intent: EngineIntent | undefined;
  display: Text;
  description: Text;
  option?: { name: string; display: Text; description: Text; autocomplete?: boolean };
}

const SPECS: CommandSpec[] = [
  {
    name: "ask", intent: undefined,
    display: { cn: "提问", tw: "提問" },
    description: { cn: "就《关于推进铝产业高质量发展的指导意见》提问", tw: "就《關於推進鋁產業高質量發展的指導意見》提問" },
    option: { name: "question", display: { cn: "问题", tw: "問題" }, description: { cn: "您的问题，例如：再生铝项目布局有什么要求？", tw: "您的問題，例如：再生鋁項目佈局有什麼要求？" } },
  },
  {
    name: "clause", intent: "clause",
    display: { cn: "条款", tw: "條款" },
    description: { cn: "查看一个条款的原文、责任部门和目标", tw: "查看一個條款的原文、責任部門和目標" },
    option: {
      name: "clause", display: { cn: "条款编号", tw: "條款編號" }, autocomplete: true,
      description: { cn: "输入编号或标题，例如：三（四）、3.4、再生铝", tw: "輸入編號或標題，例如：三（四）、3.4、再生鋁" },
    },
  },
  {
    name: "check", intent: "check",
    display: { cn: "项目检查", tw: "項目檢查" },
    description: { cn: "按文件要求检查一个铝产业项目能否准入", tw: "按文件要求檢查一個鋁產業項目能否準入" },
    option: { name: "description", display: { cn: "项目描述", tw: "項目描述" }, description: { cn: "项目类型、地点、规模、能效等情况", tw: "項目類型、地點、規模、能效等情況" } },
  },
  {
    name: "departments", intent: "departments",
    display: { cn: "责任部门", tw: "責任部門" },
    description: { cn: "查询条款的责任部门，或某部门负责的条款", tw: "查詢條款的責任部門，或某部門負責的條款" },
    option: { name: "query", display: { cn: "条款或部门", tw: "條款或部門" }, description: { cn: "例如：三（四） 或 省发展改革委", tw: "例如：三（四） 或 省發展改革委" } },
  },
  {
    name: "targets", intent: "targets",
    display: { cn: "量化目标", tw: "量化目標" },
    description: { cn: "列出文件中的全部量化目标", tw: "列出文件中的全部量化目標" },
  },
  {
    name: "new", intent: "reset",
    display: { cn: "新对话", tw: "新對話" },
    description: { cn: "清空上下文（包括进行中的项目检查），开始新的对话", tw: "清空上下文（包括進行中的項目檢查），開始新的對話" },
  },
  {
    name: "help", intent: "help",
    display: { cn: "帮助", tw: "幫助" },
    description: { cn: "查看 alubot 的用法", tw: "查看 alubot 的用法" },
  },
];

/** The message context-menu command (right-click a message → Apps → 问 alubot). */
export const ASK_MESSAGE_COMMAND = { name: "问 alubot", display: { cn: "问 alubot", tw: "問 alubot" } } as const;

const locales = (t: Text) => ({ "zh-CN": t.cn, "zh-TW": t.tw });

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;

export function buildCommandDefinitions(): CommandDefinition[] {
  const slash = SPECS.map((spec) => {
    const b = new SlashCommandBuilder()
      .setName(spec.name)
      .setNameLocalizations(locales(spec.display))
      .setDescription(spec.description.cn)
      .setDescriptionLocalizations(locales(spec.description));
    const opt = spec.option;
    if (opt) {
      b.addStringOption((o) =>
        o.setName(opt.name).setNameLocalizations(locales(opt.display)).setDescription(opt.description.cn)
          .setDescriptionLocalizations(locales(opt.description)).setRequired(true).setMaxLength(2000).setAutocomplete(opt.autocomplete ?? false),
      );
    }
    return b.toJSON();
  });
  const askMessage = new ContextMenuCommandBuilder()
    .setName(ASK_MESSAGE_COMMAND.name)
    .setNameLocalizations(locales(ASK_MESSAGE_COMMAND.display))
    .setType(ApplicationCommandType.Message)
    .toJSON();
  return [...slash, askMessage];
}

/** Maps an incoming slash command to the engine's intent and the name of its text option. */
export function findCommandSpec(name: string): { intent: EngineIntent | undefined; optionName: string | undefined } | undefined {
  const spec = SPECS.find((s) => s.name === name);
  return spec ? { intent: spec.intent, optionName: spec.option?.name } : undefined;
}
