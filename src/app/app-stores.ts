import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { AppConfig } from "../config/app-config.js";
import type { AlubotMetrics } from "../observability/alubot-metrics.js";
import { createResilientStores, type Stores } from "../store/resilient-stores.js";
import { scheduleRetention } from "../store/schedule-retention.js";
import type { StoreBackend } from "../store/store-backend.js";
import { createSqliteStores } from "../store/sqlite/create-sqlite-stores.js";
import { sqliteBackend } from "../store/sqlite/sqlite-backend.js";
import { AppWiringError } from "./app-wiring-error.js";

export interface AppStoreDeps {
  logger(): AdapterLogger;
  metrics(): AlubotMetrics;
}

export interface AppStores {
  /** See App.stores(). */
  stores(): Stores;
  /** See App.openStores(). */
  openStores(): Promise<Stores>;
  /** The stores once opened, without opening them (health reports, the rate limiter's shared windows). */
  opened(): Stores | undefined;
  /** Stops the retention timer and closes the store (idempotent). */
  close(): Promise<void>;
}

/** Part of the composition root: the configured store (SQLite under dataDir, or PostgreSQL), opened once. */
export function createAppStores(config: AppConfig, deps: AppStoreDeps): AppStores {
  let stores: Stores | undefined;
  let opening: Promise<Stores> | undefined;
  let stopRetention: (() => void) | undefined;

  // Feedback is counted here, once, whichever adapter saves it.
  const wrapStores = (created: Stores): Stores => ({
    ...created,
    feedback: {
      async saveFeedback(record) {
        deps.metrics().feedback.inc({ rating: record.rating });
        await created.feedback.saveFeedback(record);
      },
    },
  });

  const self: AppStores = {
    stores() {
      if (stores) return stores;
      if (config.store.kind === "postgres") {
        // Every path that needs the store awaits openStores() first (start, the engine); reaching here is a wiring bug.
        throw new AppWiringError("PostgreSQL 存储尚未连接（内部错误：应先调用 openStores）。");
      }
      const log = deps.logger();
      return (stores = wrapStores(
        createResilientStores({
          open: () => {
            const sqlite = createSqliteStores({ dataDir: config.dataDir, retentionDays: config.retentionDays });
            const backend = sqliteBackend(sqlite, config.dataDir);
            stopRetention = scheduleRetention(backend.prune, log);
            return backend;
          },
          logger: log,
          onStoreError: (store) => deps.metrics().storeErrors.inc({ store }),
        }),
      ));
    },
    openStores() {
      if (stores) return Promise.resolve(stores);
      if (config.store.kind !== "postgres") return Promise.resolve(self.stores());
      const url = config.store.url;
      opening ??= (async () => {
        const { openPostgresStores } = await import("../store/postgres/open-postgres-stores.js");
        const log = deps.logger();
        const pg = await openPostgresStores({
          url,
          retentionDays: config.retentionDays,
          pool: { onIdleError: (err) => log.warn({ err: err.message }, "PostgreSQL 空闲连接出错（服务器重启或网络中断？），将自动重连") },
        });
        log.info({ database: pg.location }, "已连接 PostgreSQL 共享存储");
        const backend: StoreBackend = pg;
        stopRetention = scheduleRetention(backend.prune, log);
        stores = wrapStores(
          createResilientStores({
            open: () => backend,
            replica: pg,
            logger: log,
            onStoreError: (store) => deps.metrics().storeErrors.inc({ store }),
            // A lost network database must not slow answers: after a failure, writes skip it for 2 s,
            // and a timer replays what memory holds as soon as it answers again.
            retryAfterMs: 2000,
            replayEveryMs: 1000,
          }),
        );
        return stores;
      })();
      // A failed connection must not poison later attempts (the next message retries).
      opening.catch(() => (opening = undefined));
      return opening;
    },
    opened: () => stores,
    async close() {
      stopRetention?.();
      stopRetention = undefined;
      await stores?.close();
    },
  };
  return self;
}
