import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeMrkdwn } from "../../src/adapters/slack/escape-mrkdwn.js";
import { renderBlocks, SLACK_BLOCKS_MAX, SLACK_SECTION_MAX } from "../../src/adapters/slack/render-blocks.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import type { Reply } from "../../src/reply/reply-schema.js";
import { buildSampleReplies, hugeReply } from "../helpers/reply-fixtures.js";
import { blockTexts } from "./slack-fixtures.js";

const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname);
let question: Reply;
let check: Reply;
beforeAll(async () => void ({ question, check } = await buildSampleReplies(corpus)));

function assertWithinLimits(messages: ReturnType<typeof renderBlocks>): void {
  for (const m of messages) {
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_BLOCKS_MAX);
    expect(m.text.length).toBeGreaterThan(0);
    for (const t of blockTexts(m.blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_SECTION_MAX);
  }
}

describe("renderBlocks", () => {
  it("puts the answer first, lead department first, and one context block per citation", () => {
    const [m] = renderBlocks(question, { feedbackKey: "k1" });
    expect(m!.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn", verbatim: true } });
    const texts = blockTexts(m!.blocks);
    const clause = corpus.clauses.find((c) => c.label === question.citations[0]!.label)!;
    expect(texts[0]).toContain(clause.label);
    const deptLine = texts.find((t) => t.startsWith("*责任部门*"))!;
    expect(deptLine.indexOf(clause.departments[0]!.name)).toBeLessThan(deptLine.indexOf(clause.departments[1]!.name));
    expect(deptLine).toContain(`${clause.departments[0]!.name}（列首位，通常牵头）`);
    const contexts = m!.blocks.filter((b) => b.type === "context");
    expect(contexts.some((b) => JSON.stringify(b).includes(clause.title))).toBe(true);
    expect(m!.text).toBe(escapeMrkdwn(question.answer));
  });

  it("renders the admission report as one icon line per relevant finding, counting the not-applicable ones", () => {
    const [m] = renderBlocks(check);
    const table = blockTexts(m!.blocks).find((t) => t.startsWith("*项目准入检查*"))!;
    const relevant = check.report!.findings.filter((f) => f.status !== "not_applicable");
    const skipped = check.report!.findings.length - relevant.length;
    expect(skipped).toBeGreaterThan(0);
    const lines = table.split("\n").slice(1, 1 + relevant.length);
    expect(lines.map((l) => l.slice(0, 1))).toEqual(relevant.map((f) => ({ pass: "✅", fail: "❌", needs_info: "❓" })[f.status as "pass"]));
    for (const [i, f] of relevant.entries()) expect(lines[i]).toContain(f.label);
    expect(table).toContain(`另有 ${skipped} 条规则与本项目无关（不适用）`);
  });

  it("adds feedback and publish buttons only when asked", () => {
    const plain = renderBlocks(question);
    expect(plain.flatMap((m) => m.blocks).some((b) => b.type === "actions")).toBe(false);
    const withButtons = renderBlocks(question, { feedbackKey: "k", publishKey: "k" });
    const actions = withButtons.at(-1)!.blocks.at(-1)!;
    expect(JSON.stringify(actions)).toContain("公开到频道");
    expect(JSON.stringify(actions)).toContain("👍");
  });

  it("splits long replies across messages within 3,000 chars per section and 50 blocks", () => {
    const text = corpus.clauses.map((c) => c.text).join("\n");
    const messages = renderBlocks(hugeReply(question, text, 4), { feedbackKey: "k" });
    expect(messages.length).toBeGreaterThan(1);
    assertWithinLimits(messages);
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe("actions");
  });

  it("keeps every limit for arbitrary text, including & < > heavy input", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("&", "<", ">", "铝", "。", "\n", "a", " "), maxLength: 9000 }), (s) => {
        assertWithinLimits(renderBlocks({ ...question, answer: s }, { feedbackKey: "k" }));
      }),
      { numRuns: 40 },
    );
  });
});

describe("escapeMrkdwn", () => {
  it("escapes control characters, neutralises broadcasts and defuses links", () => {
    const out = escapeMrkdwn("<!channel> @here <https://evil.example|点我> & www.example.com");
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain("&lt;!channel&gt;");
    expect(out).toContain("&amp;");
    expect(out).not.toContain("@here");
    expect(out).not.toContain("https://");
    expect(out).not.toContain("www.");
  });
});
