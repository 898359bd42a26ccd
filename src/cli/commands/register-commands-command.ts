import type { CliCommand } from "../cli-command.js";
import { writeJson, writeLine } from "../write-output.js";

export const registerCommandsCommand: CliCommand = {
  name: "register-commands",
  summary: "向 Discord 注册斜杠命令（设置 DISCORD_GUILD_ID 时仅注册到该服务器，立即生效）",
  usage: "alubot register-commands [--json]   需要 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID",
  async run({ app, io, json }) {
    const result = await app.registerDiscordCommands();
    if (json) {
      writeJson(io.stdout, result);
      return 0;
    }
    const scope = result.scope === "guild" ? `服务器 ${app.config.discord?.guildId ?? ""}（立即生效）` : "全局（可能需要最多一小时生效）";
    writeLine(io.stdout, `已注册 ${result.names.length} 个斜杠命令到${scope}：${result.names.map((n) => `/${n}`).join(" ")}`);
    return 0;
  },
};
