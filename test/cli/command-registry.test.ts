import * as nodeModule from "node:module";
import { describe, expect, it } from "vitest";
import { commandNames, listCommands, loadCommand } from "../../src/cli/command-registry.js";
import { enableCompileCache } from "../../src/cli/enable-compile-cache.js";

describe("command registry", () => {
  it("loads, for every registered name, the command of that name", async () => {
    const names = commandNames();
    expect(names).toContain("ask");
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect((await loadCommand(name))?.name).toBe(name);
  });

  it("lists every command in registry (help) order, each with a summary and usage", async () => {
    const all = await listCommands();
    expect(all.map((c) => c.name)).toEqual(commandNames());
    for (const c of all) {
      expect(c.summary.length).toBeGreaterThan(0);
      expect(c.usage).toMatch(/^alubot /);
    }
  });

  it("an unknown name loads nothing", () => {
    expect(loadCommand("frobnicate")).toBeUndefined();
  });
});

describe("enableCompileCache", () => {
  it("is on exactly when this Node has module.enableCompileCache (Node ≥ 22.1), and never throws", () => {
    const available = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function";
    expect(enableCompileCache()).toBe(available);
  });
});
