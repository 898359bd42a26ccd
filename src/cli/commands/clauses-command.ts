import type { CliCommand } from "../cli-command.js";
import { formatTable } from "../display-width.js";
import { writeJson, writeLine } from "../write-output.js";

export const clausesCommand: CliCommand = {
  name: "clauses",
  summary: "列出文件大纲：条款编号、标签、标题、责任部门数",
  usage: "alubot clauses [--json]",
  async run({ app, json, io }) {
    const corpus = app.corpus();
    if (json) {
      writeJson(io.stdout, corpus.clauses.map(({ docId, clauseId, label, partTitle, title, departments }) => ({
        docId, clauseId, label, partTitle, title, departmentCount: departments.length,
      })));
      return 0;
    }
    const multi = corpus.documents.length > 1;
    for (const doc of corpus.documents) {
      const m = doc.meta;
      writeLine(io.stdout, `《${m.title}》${m.docNumber ? `（${m.docNumber}）` : ""}${multi ? `  [${m.docId}]` : ""}`);
      const rows = doc.clauses.map((c) => [
        c.clauseId,
        c.label,
        c.clauseId.includes(".") ? c.title : c.title || "—",
        c.departments.length ? String(c.departments.length) : "—",
      ]);
      writeLine(io.stdout, formatTable(["编号", "标签", "标题", "部门数"], rows));
    }
    return 0;
  },
};
