import { readFileSync } from "node:fs";
import { buildReport } from "../../admission/build-report.js";
import { ProjectProfileSchema, type ProjectProfile } from "../../admission/profile-schema.js";
import { renderReport } from "../../admission/render-report.js";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { formatTable } from "../display-width.js";
import { writeJson, writeLine } from "../write-output.js";

export const checkCommand: CliCommand = {
  name: "check",
  summary: "项目准入检查：逐条对照文件判断项目是否符合政策，给出原文依据、产业集群、支持政策和责任部门",
  usage: 'alubot check [--json] "<项目描述>"   或   alubot check --profile 项目.json [--json]\n  例：alubot check "新建电解铝，350kA 电解槽，没有产能指标"',
  options: { profile: { type: "string" } },
  async run({ app, positionals, options, json, io }) {
    const knowledge = app.admissionKnowledge();
    let profile: ProjectProfile;
    if (typeof options.profile === "string") {
      profile = readProfileFile(options.profile);
    } else {
      const description = positionals.join(" ").trim();
      if (!description) throw new CliUsageError(`请给出项目描述或 --profile 文件。\n用法：${checkCommand.usage}`);
      profile = await app.profileExtractor().extract(description);
    }
    const report = buildReport(profile, knowledge);
    if (json) writeJson(io.stdout, report);
    else writeLine(io.stdout, renderReport(report, { table: formatTable }));
    return 0;
  },
};

function readProfileFile(path: string): ProjectProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const reason = err instanceof SyntaxError ? "不是合法的 JSON" : "无法读取";
    throw new CliUsageError(`项目档案文件 ${path} ${reason}。`);
  }
  const parsed = ProjectProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "（根）"}：${i.message}`);
    throw new CliUsageError(`项目档案文件 ${path} 的字段有误：\n${lines.join("\n")}`);
  }
  return parsed.data;
}
