import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EnvSchema, loadConfig } from "../../src/config/app-config.js";

const example = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
const entries = Object.fromEntries(
  example.split("\n").filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
);

describe(".env.example", () => {
  it("documents every variable the config schema reads, and nothing else", () => {
    expect(Object.keys(entries).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });

  it("is a valid configuration as shipped: offline, no platform, terminal chat", () => {
    const config = loadConfig(entries);
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.llm).toBeNull();
  });

  it("is mentioned in the README next to every Slack and Discord variable", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const name of Object.keys(entries).filter((k) => /^(SLACK|DISCORD)_/.test(k))) expect(readme).toContain(`\`${name}\``);
  });
});
