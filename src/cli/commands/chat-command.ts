import { runTerminalChat } from "../../adapters/terminal/run-terminal-chat.js";
import type { CliCommand } from "../cli-command.js";

export const chatCommand: CliCommand = {
  name: "chat",
  needsDataDir: true,
  summary: "在终端里与政策助手多轮对话（支持追问、/clause、/help、/new）",
  usage: "alubot chat",
  async run({ app, io }) {
    await runTerminalChat(app.engine(), io);
    return 0;
  },
};
