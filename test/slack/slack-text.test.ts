import { describe, expect, it } from "vitest";
import { cleanSlackText } from "../../src/adapters/slack/clean-slack-text.js";
import { parseSlashCommand } from "../../src/adapters/slack/parse-slash-command.js";
import { splitText } from "../../src/adapters/split-text.js";

describe("cleanSlackText", () => {
  it("strips the bot mention, reduces links to labels and decodes entities", () => {
    expect(cleanSlackText("<@UBOT> 三（四）&amp;<https://a.example|这里> &lt;x&gt;", "UBOT")).toBe("三（四）&这里 <x>");
    expect(cleanSlackText("<@UBOT|alubot>   ", "UBOT")).toBe("");
    expect(cleanSlackText("问 <@UOTHER> 和 <!here>", "UBOT")).toBe("问 和");
  });
});

describe("parseSlashCommand", () => {
  it("maps subcommands to intents and treats anything else as a question", () => {
    expect(parseSlashCommand("check  在兴仁新建电解铝")).toEqual({ intent: "check", text: "在兴仁新建电解铝" });
    expect(parseSlashCommand("CLAUSE 3.4")).toEqual({ intent: "clause", text: "3.4" });
    expect(parseSlashCommand("targets")).toEqual({ intent: "targets", text: "" });
    expect(parseSlashCommand("再生铝有什么要求")).toEqual({ intent: "ask", text: "再生铝有什么要求" });
    expect(parseSlashCommand("  ")).toEqual({ intent: "help", text: "" });
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
