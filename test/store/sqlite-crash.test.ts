import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";

const dataDir = mkdtempSync(join(tmpdir(), "alubot-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("audit log under SIGKILL", () => {
  it("keeps every acknowledged record and passes integrity_check after the writer is killed mid-burst", async () => {
    const writer = fileURLToPath(new URL("./fixtures/audit-writer.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", writer, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    const acknowledged: number[] = [];
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    let buffer = "";
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.stdout.on("data", (chunk) => {
      buffer += String(chunk);
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
      // Kill well into the burst, while the writer is busy committing.
      if (acknowledged.length >= 2000 && !child.killed) child.kill("SIGKILL");
    });
    const signal = await exited;
    expect(stderr).toBe("");
    expect(signal).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(2000);

    const stores = createSqliteStores({ dataDir, retentionDays: 36500 });
    try {
      expect(stores.db.pragma("integrity_check", { simple: true })).toBe("ok");
      const present = new Set<number>([...stores.audit.iterate()].map((r) => r.id));
      const missing = acknowledged.filter((id) => !present.has(id));
      expect(missing).toEqual([]);
      // The writer kept going after the last acknowledgement we read, so the file holds at least as many.
      expect(present.size).toBeGreaterThanOrEqual(acknowledged.length);
      const sample = [...stores.audit.iterate()].find((r) => r.id === acknowledged[acknowledged.length - 1]);
      expect(sample?.question).toMatch(/^问题 \d+：/);
    } finally {
      stores.close();
    }
  });
});
