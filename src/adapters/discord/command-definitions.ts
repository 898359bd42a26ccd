import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { EngineIntent } from "../../engine/engine.js";

/** One slash command: its English name (stable API id), Chinese display texts, and the engine intent. */
interface CommandSpec {
  name: string;
  intent: EngineIntent;
  zhName: string;
  description: string;
  option?: { name: string; zhName: string; description: string };
}

const SPECS: CommandSpec[] = [
  { name: "ask", intent: "ask", zhName: "提问", description: "就《关于推进铝产业高质量发展的指导意见》提问",
    option: { name: "question", zhName: "问题", description: "您的问题，例如：再生铝项目布局有什么要求？" } },
  { name: "clause", intent: "clause", zhName: "条款", description: "查看一个条款的原文、责任部门和目标",
    option: { name: "clause", zhName: "条款编号", description: "例如：三（四）、3.4、第三部分第四条" } },
  { name: "check", intent: "check", zhName: "项目检查", description: "按文件要求检查一个铝产业项目能否准入",
    option: { name: "description", zhName: "项目描述", description: "项目类型、地点、规模、能效等情况" } },
  { name: "departments", intent: "departments", zhName: "责任部门", description: "查询条款的责任部门，或某部门负责的条款",
    option: { name: "query", zhName: "条款或部门", description: "例如：三（四） 或 省发展改革委" } },
  { name: "targets", intent: "targets", zhName: "量化目标", description: "列出文件中的全部量化目标" },
  { name: "help", intent: "help", zhName: "帮助", description: "查看 alubot 的用法" },
];

/** Simplified Chinese for both Chinese locales; other locales see the (also Chinese) defaults. */
const zh = (s: string) => ({ "zh-CN": s, "zh-TW": s });

export function buildCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return SPECS.map((spec) => {
    const b = new SlashCommandBuilder()
      .setName(spec.name)
      .setNameLocalizations(zh(spec.zhName))
      .setDescription(spec.description)
      .setDescriptionLocalizations(zh(spec.description));
    const opt = spec.option;
    if (opt) {
      b.addStringOption((o) =>
        o.setName(opt.name).setNameLocalizations(zh(opt.zhName)).setDescription(opt.description)
          .setDescriptionLocalizations(zh(opt.description)).setRequired(true).setMaxLength(2000),
      );
    }
    return b.toJSON();
  });
}

/** Maps an incoming command to the engine's intent and the name of its text option. */
export function findCommandSpec(name: string): { intent: EngineIntent; optionName: string | undefined } | undefined {
  const spec = SPECS.find((s) => s.name === name);
  return spec ? { intent: spec.intent, optionName: spec.option?.name } : undefined;
}
