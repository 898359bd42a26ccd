import { describe, expect, it } from "vitest";
import { cleanInput } from "../../src/safety/clean-input.js";

const clean = (s: string, maxChars = 100) => cleanInput(s, { maxChars });
const text = (s: string) => {
  const r = clean(s);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}`);
  return r.text;
};

describe("cleanInput", () => {
  it("removes Slack mentions and broadcasts, keeps channel names and link text", () => {
    expect(text("<@U024BE7LH> 再生铝 <!here> 目标")).toBe("再生铝 目标");
    expect(text("<@U024BE7LH|alubot> 看 <#C024BE7LR|policy> 频道")).toBe("看 #policy 频道");
    expect(text("见 <https://example.com/a?b=1|这份文件> 第三部分")).toBe("见 这份文件 第三部分");
    expect(text("<https://example.com/x> 是什么")).toBe("https://example.com/x 是什么");
    expect(text("<!subteam^S012|@officials> <!channel> 问题")).toBe("问题");
    expect(text("a &lt;b&gt; &amp; c")).toBe("a <b> & c");
  });

  it("removes Discord mentions, role pings, channels, custom and animated emoji", () => {
    expect(text("<@123456789012345678> <@!123456789012345678> <@&987654321098765432> 三（四）")).toBe("三（四）");
    expect(text("<#123456789012345678> <:alu:112233445566778899> <a:spin:112233445566778899> 讲了什么")).toBe("讲了什么");
  });

  it("strips control, zero-width and bidi characters, including ones hidden inside markup", () => {
    expect(text("再\u200b生\u200d铝\ufeff\u0007目标\u202e")).toBe("再生铝目标");
    expect(text("<@U1\u200b23> 电解铝")).toBe("电解铝");
    expect(text("第一行\n第二行\t结束")).toBe("第一行 第二行 结束");
  });

  it("folds full-width letters and digits but keeps Chinese punctuation", () => {
    expect(text("２０２７年ＡＩ目标，三（四）：１００％")).toBe("2027年AI目标，三（四）：100%");
    expect(text("再生铝\u3000\u3000目标")).toBe("再生铝 目标");
  });

  it("reports empty after cleaning with a Chinese message", () => {
    for (const s of ["", "   ", "<@U123>", "\u200b\u200b", "<:alu:123>"]) {
      const r = clean(s);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe("empty");
        expect(r.message).toMatch(/问题/);
      }
    }
  });

  it("caps length in characters after cleaning, with a polite Chinese message", () => {
    expect(clean("铝".repeat(100)).ok).toBe(true);
    const r = clean("铝".repeat(101));
    expect(r).toMatchObject({ ok: false, reason: "too-long", length: 101, maxChars: 100 });
    if (!r.ok) expect(r.message).toContain("100");
    // Markup does not count against the cap; emoji count as one character each.
    expect(clean(`<@U024BE7LH> ${"铝".repeat(100)}`).ok).toBe(true);
    expect(clean("😀".repeat(100)).ok).toBe(true);
  });

  it("rejects a huge paste without scanning it and treats non-strings as empty", () => {
    const r = clean("x".repeat(5_000_000), 2000);
    expect(r).toMatchObject({ ok: false, reason: "too-long" });
    expect(cleanInput(undefined, { maxChars: 10 })).toMatchObject({ ok: false, reason: "empty" });
  });

  it("drops lone surrogates so the text can always be stored as UTF-8", () => {
    const t = text("铝\ud800材\udc00");
    expect(t).toBe("铝材");
    expect(Buffer.from(t, "utf8").toString("utf8")).toBe(t);
  });
});
