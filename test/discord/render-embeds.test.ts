import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeDiscordMarkdown } from "../../src/adapters/discord/escape-discord-markdown.js";
import { DISCORD_LIMITS, embedSize, renderEmbeds } from "../../src/adapters/discord/render-embeds.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import type { Reply } from "../../src/reply/reply-schema.js";
import { buildSampleReplies, hugeReply } from "../helpers/reply-fixtures.js";

const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname);
let question: Reply;
let check: Reply;
beforeAll(async () => void ({ question, check } = await buildSampleReplies(corpus)));

function assertWithinLimits(payloads: ReturnType<typeof renderEmbeds>): void {
  for (const p of payloads) {
    expect(p.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(p.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
    for (const e of p.embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        expect(f.value.length).toBeGreaterThan(0);
      }
    }
  }
}

describe("renderEmbeds", () => {
  it("answer in the description, citations as fields, departments (lead first) in the footer", () => {
    const [p] = renderEmbeds(question);
    const e = p!.embeds[0]!;
    const clause = corpus.clauses.find((c) => c.label === question.citations[0]!.label)!;
    expect(e.description).toContain(`〔${clause.label}〕`);
    expect(e.fields!.find((f) => f.name === `〔${clause.label}〕${clause.title}`)!.value).toContain(question.citations[0]!.quote.slice(0, 10));
    expect(e.footer!.text.startsWith(`责任部门：${clause.departments[0]!.name}（列首位，通常牵头）`)).toBe(true);
  });

  it("renders the admission report as a compact rule → status field", () => {
    const fields = renderEmbeds(check).flatMap((p) => p.embeds.flatMap((e) => e.fields ?? []));
    expect(fields[0]).toMatchObject({ name: "项目准入检查" });
    const rows = fields.find((f) => f.name === "逐条结果")!.value.split("\n");
    const relevant = check.report!.findings.filter((f) => f.status !== "not_applicable");
    const skipped = check.report!.findings.length - relevant.length;
    expect(skipped).toBeGreaterThan(0);
    expect(rows).toHaveLength(relevant.length + 1);
    for (const [i, f] of relevant.entries()) expect(rows[i]).toContain(f.label);
    expect(rows.at(-1)).toBe(`➖ 另有 ${skipped} 条规则与本项目无关（不适用）`);
    expect(fields.find((f) => f.name === "还需要了解")!.value).toContain(check.report!.questions[0]!);
  });

  it("splits huge replies into several messages within every Discord limit", () => {
    const text = corpus.clauses.map((c) => c.text).join("\n");
    const payloads = renderEmbeds(hugeReply(question, text, 6));
    expect(payloads.length).toBeGreaterThan(1);
    assertWithinLimits(payloads);
    const cited = payloads.flatMap((p) => p.embeds.flatMap((e) => e.fields ?? [])).filter((f) => f.name.startsWith("〔"));
    expect(cited).toHaveLength(60);
  });

  it("keeps every limit for arbitrary markdown-heavy text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("*", "_", "`", "\\", "#", "铝", "\n", "a", "<"), maxLength: 12000 }), (s) => {
        assertWithinLimits(renderEmbeds({ ...check, answer: s }));
      }),
      { numRuns: 40 },
    );
  });
});

describe("escapeDiscordMarkdown", () => {
  it("escapes markdown, mentions and links in quoted text", () => {
    const out = escapeDiscordMarkdown("**粗体** <@123> @everyone [点我](https://evil.example)\n# 标题");
    expect(out).toContain("\\*\\*粗体\\*\\*");
    expect(out).toContain("\\<@123\\>");
    expect(out).not.toContain("@everyone");
    expect(out).not.toContain("https://");
    expect(out).toContain("\n\\# 标题");
  });
});
