import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { describeError } from "../adapters/adapter-logger.js";
import type { ShardLeaseStore } from "../store/shard-lease-store.js";

export interface RunningShard {
  stop(): Promise<void>;
}

export interface ShardCoordinatorOptions {
  leases: ShardLeaseStore;
  /** This replica's identity in the lease table (host, pid and a random part). */
  owner: string;
  shardCount: number;
  /** Lease lifetime; renewed every third of it. */
  leaseMs: number;
  /** Logs one shard in (one gateway session) and resolves once it is ready. */
  startShard(shardId: number): Promise<RunningShard>;
  logger: AdapterLogger;
}

export interface ShardCoordinator {
  /** Takes whatever shards are free, starts them, and keeps renewing/claiming in the background. */
  start(): Promise<number[]>;
  owned(): number[];
  /** Stops this replica's sessions and releases its leases, so another replica takes over at once. */
  stop(): Promise<void>;
}

/**
 * Elects, per Discord shard, the one replica that opens its gateway session: a lease row per shard
 * with an expiry, renewed by this heartbeat. A replica without the lease does not log that shard
 * in; when the holder dies its lease expires and the next heartbeat of another replica takes it.
 *
 * While the database is unreachable a holder keeps its sessions (answers continue: in an outage no
 * replica can take a lease over, so nobody double-connects); a holder that learns on renewal that
 * another replica took the shard (possible only if it alone lost the database for a whole lease
 * period) closes its session at once.
 */
export function createShardCoordinator(options: ShardCoordinatorOptions): ShardCoordinator {
  const { leases, owner, shardCount, leaseMs, logger } = options;
  const running = new Map<number, RunningShard>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let tick: Promise<void> = Promise.resolve();
  let lastDbErrorLogAt = -Infinity;

  const dbError = (err: unknown) => {
    if (Date.now() - lastDbErrorLogAt < 60_000) return;
    lastDbErrorLogAt = Date.now();
    logger.error({ platform: "discord", ...describeError(err) }, "discord: 无法续租或领取分片（数据库不可用？）：已持有的分片继续运行");
  };

  async function step(): Promise<void> {
    for (let id = 0; id < shardCount && !stopped; id++) {
      let held: boolean;
      try {
        held = await leases.acquire(id, owner, leaseMs);
      } catch (err) {
        dbError(err);
        continue;
      }
      const session = running.get(id);
      if (held && !session) {
        try {
          running.set(id, await options.startShard(id));
          logger.info({ platform: "discord", shard: id, shardCount, owner }, "discord: 已获得分片租约并登录该分片");
        } catch (err) {
          logger.error({ platform: "discord", shard: id, ...describeError(err) }, "discord: 分片登录失败，释放租约");
          await leases.release(id, owner).catch(() => undefined);
        }
      } else if (!held && session) {
        running.delete(id);
        logger.warn({ platform: "discord", shard: id, owner }, "discord: 分片租约已被其他副本持有，关闭本副本的该分片会话");
        await session.stop().catch((err: unknown) => logger.error({ platform: "discord", shard: id, ...describeError(err) }, "discord: 关闭分片失败"));
      }
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      tick = step().finally(schedule);
    }, Math.max(50, Math.floor(leaseMs / 3)));
    timer.unref();
  };

  return {
    async start() {
      tick = step();
      await tick;
      schedule();
      return [...running.keys()];
    },
    owned: () => [...running.keys()].sort((a, b) => a - b),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await tick.catch(() => undefined);
      for (const [id, session] of running) {
        await session.stop().catch((err: unknown) => logger.error({ platform: "discord", shard: id, ...describeError(err) }, "discord: 关闭分片失败"));
        await leases.release(id, owner).catch(() => undefined);
      }
      running.clear();
    },
  };
}
