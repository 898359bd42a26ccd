import { describe, expect, it } from "vitest";
import { parseSlashCommand } from "../../src/adapters/slack/parse-slash-command.js";
import { slackCommandConversationId, slackDmConversationId, slackThreadConversationId } from "../../src/adapters/slack/slack-conversation-id.js";
import { stripSlackBotMention } from "../../src/adapters/slack/strip-slack-bot-mention.js";
import { splitText } from "../../src/adapters/split-text.js";
import { cleanInput } from "../../src/safety/clean-input.js";

/** What the engine sees: the adapter's step, then the guard's input hygiene. */
const engineText = (wire: string) => {
  const cleaned = cleanInput(stripSlackBotMention(wire, "UBOT"), { maxChars: 2000 });
  return cleaned.ok ? cleaned.text : `<${cleaned.reason}>`;
};

describe("stripSlackBotMention", () => {
  it("removes only the bot's own mention and leaves other markup to the guard", () => {
    expect(stripSlackBotMention("<@UBOT|alubot>   ", "UBOT")).toBe("");
    expect(stripSlackBotMention("<@UBOT> 问 <@UOTHER> <#C1|铝业>", "UBOT")).toBe("问 <@UOTHER> <#C1|铝业>");
    expect(stripSlackBotMention("  三（四）  ", undefined)).toBe("三（四）");
  });

  it("together with the guard's hygiene yields what the user typed, decoding entities exactly once", () => {
    expect(engineText("<@UBOT> 三（四）&amp;<https://a.example|这里> &lt;x&gt;")).toBe("三（四）&这里 <x>");
    expect(engineText("问 <@UOTHER> 和 <!here> 在 <#C0001|铝业群> 里")).toBe("问 和 在 #铝业群 里");
    // A user who typed the literal text "&lt;" must not see it turned into "<".
    expect(engineText("<@UBOT> a &amp;lt; b")).toBe("a &lt; b");
    expect(engineText("<@UBOT> <@UOTHER>")).toBe("<empty>");
  });
});

describe("parseSlashCommand", () => {
  it("maps subcommands to intents and treats anything else as a question", () => {
    expect(parseSlashCommand("check  在兴仁新建电解铝")).toEqual({ intent: "check", text: "在兴仁新建电解铝" });
    expect(parseSlashCommand("CLAUSE 3.4")).toEqual({ intent: "clause", text: "3.4" });
    expect(parseSlashCommand("targets")).toEqual({ intent: "targets", text: "" });
    // Plain text is read like a message: the engine decides, so a pending check is continued.
    expect(parseSlashCommand("再生铝有什么要求")).toEqual({ intent: undefined, text: "再生铝有什么要求" });
    expect(parseSlashCommand("有产能指标，置换方案已经公告了")).toEqual({ intent: undefined, text: "有产能指标，置换方案已经公告了" });
    expect(parseSlashCommand("ask 三（三）讲了什么")).toEqual({ intent: "ask", text: "三（三）讲了什么" });
    expect(parseSlashCommand("new")).toEqual({ intent: "reset", text: "" });
    expect(parseSlashCommand("  ")).toEqual({ intent: "help", text: "" });
  });
});

describe("Slack conversation ids", () => {
  it("find a conversation again: per thread, one per DM (slash commands there included), per user per channel for commands", () => {
    expect(slackThreadConversationId("T1", "C1", "1.1")).toBe("slack:T1/C1/1.1");
    expect(slackDmConversationId("T1", "D1")).toBe("slack:T1/D1");
    expect(slackCommandConversationId("T1", "D1", "U1")).toBe(slackDmConversationId("T1", "D1"));
    expect(slackCommandConversationId("T1", "C1", "U1")).toBe("slack:T1/C1/cmd:U1");
    expect(slackCommandConversationId("T1", "C1", "U2")).not.toBe(slackCommandConversationId("T1", "C1", "U1"));
  });
});

describe("splitText", () => {
  it("cuts at sentence ends and loses nothing but boundary whitespace", () => {
    const text = "第一句话比较长。".repeat(50);
    const chunks = splitText(text, 100);
    expect(chunks.every((c) => c.length <= 100 && c.endsWith("。"))).toBe(true);
    expect(chunks.join("")).toBe(text);
  });
});
