import type { TestProject } from "vitest/node";
import { findPostgresBin, startThrowawayCluster, type ThrowawayCluster } from "../../src/store/postgres/testing/throwaway-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL server for the tests; null = not available (tests skip, saying why). */
    pgServerUrl: string | null;
    pgSkipReason: string;
  }
}

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set (.ci/run starts one and exports it),
 * else a throwaway cluster from Debian's binaries, else none — then the PostgreSQL tests skip and
 * this prints why. Each test file creates and drops its own database on it (test/helpers/postgres-db.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: ThrowawayCluster | undefined;
  // ALUBOT_TEST_SKIP_POSTGRES=1 takes the path of a machine without PostgreSQL (to check that npm test passes there too).
  const pretendAbsent = process.env.ALUBOT_TEST_SKIP_POSTGRES === "1";
  let url = pretendAbsent ? null : process.env.DATABASE_URL?.trim() || null;
  let reason = "";
  if (!url) {
    if (!pretendAbsent && findPostgresBin()) {
      cluster = await startThrowawayCluster({ fast: true });
      url = cluster.url;
    } else {
      reason = "未安装 PostgreSQL（找不到 /usr/lib/postgresql/*/bin/initdb）且未设置 DATABASE_URL：跳过 PostgreSQL 测试。安装：apt-get install -y postgresql";
      process.stdout.write(`\n[postgres] ${reason}\n\n`);
    }
  }
  project.provide("pgServerUrl", url);
  project.provide("pgSkipReason", reason);
  return async () => {
    await cluster?.stop();
  };
}
