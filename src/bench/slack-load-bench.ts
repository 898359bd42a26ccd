import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { hashUserId } from "../adapters/hash-user-id.js";
import { createInFlight } from "../adapters/in-flight.js";
import { createSlackTransport, type SlackTransport } from "../adapters/slack/create-slack-transport.js";
import { startFakeSlackWebApi } from "../adapters/slack/testing/fake-slack-web-api.js";
import { postSigned } from "../adapters/slack/testing/sign-slack-request.js";
import { buildAppMention } from "../adapters/slack/testing/slack-event-envelopes.js";
import defaultQuestions from "./slack-load-questions.json" with { type: "json" };
import type { Engine } from "../engine/engine.js";
import { createMemoryButtonPayloadStore } from "../store/button-payload-store.js";
import { createMemoryConversationStore } from "../store/conversation-store.js";
import { createMemoryEventDedupeStore } from "../store/event-dedupe-store.js";
import { percentile } from "./percentile.js";
import { watchSlackReplies, type ReplyArrival, type SlackReplyWatch } from "./slack-reply-watch.js";

export interface SlackLoadBenchOptions {
  /** The answer engine behind the adapter (the real one in the bench, a double in tests). */
  engine: Engine;
  /** Signed app_mention events to send (the issue: 300). */
  total?: number;
  /** Exchanges in flight at once, from send until the final reply arrives (the issue: 20). */
  concurrency?: number;
  /** A reply not received by the fake Web API within this is counted as lost. */
  replyTimeoutMs?: number;
  /** Asked round-robin; defaults to a small generic set in src/bench/slack-load-questions.json. */
  questions?: readonly string[];
  /** Where the adapter logs; silent by default so the bench output stays readable. */
  logger?: AdapterLogger;
}

export interface SlackLoadBenchResult {
  total: number;
  /** Non-2xx or failed HTTP request, an apology instead of an answer, or an engine reply of kind "error". */
  errors: number;
  /** Accepted events whose final reply never reached the fake Web API within replyTimeoutMs. */
  lost: number;
  /** Answered exchanges per second of wall time. */
  throughputPerSec: number;
  /** Send → final reply received by the fake Web API, over answered exchanges; NaN when none. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  elapsedMs: number;
}

type Outcome = { kind: "answer"; latencyMs: number } | { kind: "error" } | { kind: "lost" };

const SILENT: AdapterLogger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Pushes signed app_mention events through the real Bolt app in HTTP mode on loopback, against the
 * fake Web API, and measures each exchange end to end. Every event has its own channel, thread and
 * user, so replies are unambiguous and per-user/per-channel limits are not what is being measured.
 */
export async function runSlackLoadBench(options: SlackLoadBenchOptions): Promise<SlackLoadBenchResult> {
  const { total = 300, concurrency = 20, replyTimeoutMs = 15_000 } = options;
  const questions = options.questions ?? defaultQuestions;
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  if (questions.length === 0) throw new RangeError("questions must not be empty");

  // Engine replies of kind "error" still render as normal Slack answers: note them on the way through.
  const errorReplies = new Set<string>();
  const engine: Engine = {
    async handle(input) {
      const reply = await options.engine.handle(input);
      if (reply.kind === "error" && input.channelId) errorReplies.add(input.channelId);
      return reply;
    },
  };
  const signingSecret = randomBytes(16).toString("hex");
  const fake = await startFakeSlackWebApi();
  const watch = watchSlackReplies(fake, () => performance.now());
  let transport: SlackTransport | undefined;
  try {
    // Built exactly as the composition root builds it (create-transport-starters.ts), only bound to loopback.
    transport = createSlackTransport(
      { mode: "http", botToken: "xoxb-load-bench", signingSecret, port: 0, apiUrl: fake.apiUrl },
      {
        engine, feedbackStore: { async saveFeedback() {} }, logger: options.logger ?? SILENT,
        inFlight: createInFlight(), hashUser: (platform, id) => hashUserId(platform, id), now: Date.now,
        // Mentions need none of these to be durable: the bench measures answering, not buttons.
        conversations: createMemoryConversationStore(), buttonPayloads: createMemoryButtonPayloadStore(), eventDedupe: createMemoryEventDedupeStore(),
        catalog: { title: "", parts: [], clauses: [], examples: [], checkExample: "" },
      },
      { host: "127.0.0.1", drainTimeoutMs: replyTimeoutMs },
    );
    const { port } = await transport.start();
    const send = (i: number) => sendMention(i, { url: `http://127.0.0.1:${port}/slack/events`, signingSecret, watch, replyTimeoutMs, question: questions[i % questions.length]! });
    const started = performance.now();
    const outcomes = await runBounded(total, concurrency, async (i) => {
      const outcome = await send(i);
      return outcome.kind === "answer" && errorReplies.has(channelOf(i)) ? { kind: "error" as const } : outcome;
    });
    const elapsedMs = performance.now() - started;
    return summarize(outcomes, elapsedMs);
  } finally {
    watch.stop();
    await transport?.stop();
    await fake.close();
  }
}

interface SendContext {
  url: string;
  signingSecret: string;
  watch: SlackReplyWatch;
  replyTimeoutMs: number;
  question: string;
}

const channelOf = (i: number) => `CLOAD${String(i).padStart(6, "0")}`;

async function sendMention(i: number, ctx: SendContext): Promise<Outcome> {
  const channel = channelOf(i);
  const envelope = buildAppMention({ text: ctx.question, ts: `${1_700_000_000 + i}.000100`, channel, user: `ULOAD${i}` }, i + 1);
  // Waiting starts before sending: a fast reply must not arrive before anyone is listening.
  const arrival: Promise<ReplyArrival> = ctx.watch.expect(channel, ctx.replyTimeoutMs);
  const sentAt = performance.now();
  try {
    const res = await postSigned(ctx.url, ctx.signingSecret, JSON.stringify(envelope), "application/json", { timeoutMs: ctx.replyTimeoutMs });
    if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status}`);
  } catch {
    ctx.watch.cancel(channel);
    await arrival;
    return { kind: "error" };
  }
  const got = await arrival;
  if (got.kind === "lost") return { kind: "lost" };
  if (got.kind === "apology") return { kind: "error" };
  return { kind: "answer", latencyMs: got.atMs - sentAt };
}

/** Runs task(0..count-1) with at most `concurrency` in flight; results keep their index. */
async function runBounded<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

function summarize(outcomes: readonly Outcome[], elapsedMs: number): SlackLoadBenchResult {
  const latencies = outcomes.flatMap((o) => (o.kind === "answer" ? [o.latencyMs] : [])).sort((a, b) => a - b);
  return {
    total: outcomes.length,
    errors: outcomes.filter((o) => o.kind === "error").length,
    lost: outcomes.filter((o) => o.kind === "lost").length,
    throughputPerSec: elapsedMs > 0 ? (latencies.length * 1000) / elapsedMs : 0,
    p50Ms: nearestRank(latencies, 50),
    p95Ms: nearestRank(latencies, 95),
    p99Ms: nearestRank(latencies, 99),
    elapsedMs,
  };
}

/** NaN when nothing was answered: a 0 ms percentile would read as "fast", not "none". */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : percentile(sorted, p);
}
