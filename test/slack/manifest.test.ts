import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLASH_COMMAND } from "../../src/adapters/slack/register-command-handlers.js";

/*
 * manifest.yml is the one-step app setup: it must subscribe to every event the adapter handles and
 * grant the scopes of every Web API method it calls. Read as text (no YAML dependency): each list
 * item sits on its own "- item" line under its key.
 */
const manifest = readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8");

/** The "- item" lines of the YAML list under `key:` (until the indentation drops back). */
function listUnder(key: string): string[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(start, `no ${key}: in manifest.yml`).toBeGreaterThanOrEqual(0);
  const indent = lines[start]!.search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (line.search(/\S/) <= indent && !line.trim().startsWith("-")) break;
    const m = /^\s*-\s+(\S+)/.exec(line);
    if (m) items.push(m[1]!);
  }
  return items;
}

describe("manifest.yml", () => {
  it("subscribes to every event alubot handles", () => {
    expect(listUnder("bot_events").sort()).toEqual(
      ["app_home_opened", "app_mention", "assistant_thread_context_changed", "assistant_thread_started", "message.channels", "message.groups", "message.im"].sort(),
    );
  });

  it("grants the scopes of the events and Web API methods used, and no more", () => {
    expect(listUnder("bot").sort()).toEqual(
      ["app_mentions:read", "assistant:write", "channels:history", "chat:write", "commands", "groups:history", "im:history", "im:write"].sort(),
    );
  });

  it("declares the slash command, interactivity, the home and messages tabs, the assistant view and Socket Mode", () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}\n`);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_read_only_enabled: false/);
    expect(manifest).toMatch(/assistant_view:\n\s+assistant_description: \S/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
