import { createInterface } from "node:readline";
import type { RetrievalResult } from "../../retrieval/retriever.js";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { writeLine } from "../write-output.js";

/** The stable JSON shape of one retrieval (the evaluation scripts read it). */
export function toRetrievalJson(r: RetrievalResult) {
  return {
    query: r.query,
    hits: r.hits.map((h) => ({
      docId: h.clause.docId,
      clauseId: h.clause.clauseId,
      label: h.clause.label,
      title: h.clause.title,
      score: h.score,
      text: h.clause.text,
    })),
    confidence: r.confidence,
  };
}

function parseK(raw: unknown): number {
  if (raw === undefined) return 5;
  const k = Number(raw);
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new CliUsageError("--k 必须是 1 到 50 之间的整数");
  return k;
}

export const retrieveCommand: CliCommand = {
  name: "retrieve",
  needsDataDir: true,
  summary: "检索与问题最相关的条款（混合检索：关键词 + 向量 + 条款编号），并给出置信度",
  usage: 'alubot retrieve [--k 5] [--json] "<问题>"   或   alubot retrieve --jsonl < 问题.txt（每行一个问题）',
  options: { k: { type: "string" }, jsonl: { type: "boolean" } },
  async run({ app, positionals, options, json, io }) {
    const k = parseK(options.k);
    const max = app.config.limits.maxInputChars;
    if (options.jsonl === true) {
      const retriever = await app.retriever();
      const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const q = line.trim();
        // One output line per input line, blank ones included, so outputs line up with inputs.
        if (!q) {
          io.stdout.write(`${JSON.stringify({ query: "", hits: [], confidence: 0, error: "空行：没有问题" })}\n`);
          continue;
        }
        if (q.length > max) {
          io.stdout.write(`${JSON.stringify({ query: q, hits: [], confidence: 0, error: `问题过长（超过 ${max} 字）` })}\n`);
          continue;
        }
        io.stdout.write(`${JSON.stringify(toRetrievalJson(await retriever.retrieve(q, { k })))}\n`);
      }
      return 0;
    }
    const query = positionals.join(" ").trim();
    if (!query) throw new CliUsageError('请给出问题，例如：alubot retrieve "回收废铝的厂能建在哪？"');
    if (query.length > max) throw new CliUsageError(`问题过长：最多 ${max} 字。`);
    const result = await (await app.retriever()).retrieve(query, { k });
    if (json) {
      io.stdout.write(`${JSON.stringify(toRetrievalJson(result), null, 2)}\n`);
      return 0;
    }
    writeLine(io.stdout, `置信度：${result.confidence.toFixed(2)}${result.outOfScope ? "（文件可能没有涉及这个问题）" : ""}`);
    result.hits.forEach((h, i) => {
      writeLine(io.stdout, `${i + 1}. 〔${h.clause.label}〕${h.clause.title}  得分 ${h.score.toFixed(4)}`);
      writeLine(io.stdout, `   ${h.clause.text.length > 80 ? `${h.clause.text.slice(0, 80)}…` : h.clause.text}`);
    });
    return 0;
  },
};
