import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const FAKE_DISCORD = {
  botId: "900000000000000001",
  appId: "900000000000000002",
  guildId: "900000000000000010",
  channelId: "900000000000000020",
  threadId: "900000000000000021",
  userId: "900000000000000030",
} as const;

export interface DiscordCall {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /channels/1/messages. */
  path: string;
  body: any;
  authorization: string | undefined;
}

export interface FakeDiscord {
  /** REST base for DISCORD_API_URL (the client appends /v10). */
  apiUrl: string;
  calls: DiscordCall[];
  failNext(method: string, pathPattern: RegExp, count: number, status: number): void;
  waitForCall(method: string, pathPattern: RegExp, predicate?: (c: DiscordCall) => boolean, timeoutMs?: number): Promise<DiscordCall>;
  /** Resolves once a client has identified and received READY + GUILD_CREATE. */
  identified(): Promise<void>;
  /** The IDENTIFY payloads clients sent (intents, properties, `shard` [id, count]), one per gateway session opened, newest last. */
  identifies: { intents: number; shard?: [number, number]; [key: string]: unknown }[];
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

const user = (id: string, username: string, bot = false) => ({ id, username, discriminator: "0", global_name: username, avatar: null, bot });
export const botUser = user(FAKE_DISCORD.botId, "alubot", true);
export const humanUser = user(FAKE_DISCORD.userId, "tester");

/** A loopback Discord: REST routes the bot uses and a gateway speaking v10 JSON without compression. */
export async function startFakeDiscord(opts: { heartbeatMs?: number } = {}): Promise<FakeDiscord> {
  const calls: DiscordCall[] = [];
  const identifies: FakeDiscord["identifies"] = [];
  const failures: { method: string; pattern: RegExp; count: number; status: number }[] = [];
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let msgSeq = 1_000;
  let onIdentified: (() => void) | undefined;
  let isIdentified = false;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/api\/v10/, "");
    const method = req.method ?? "GET";
    const body = raw && (req.headers["content-type"] ?? "").includes("json") ? JSON.parse(raw) : raw;
    calls.push({ method, path, body, authorization: req.headers.authorization });
    const failure = failures.find((f) => f.method === method && f.pattern.test(path) && f.count > 0);
    if (failure) {
      failure.count--;
      res.writeHead(failure.status, { "content-type": "application/json" }).end(JSON.stringify({ message: "fake failure", code: 0 }));
      return;
    }
    const send = (status: number, payload?: unknown) =>
      payload === undefined ? res.writeHead(status).end() : res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    if (method === "GET" && path === "/gateway/bot") {
      return send(200, { url: `ws://127.0.0.1:${port()}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === "POST" && /\/typing$/.test(path)) return send(204);
    if (method === "POST" && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return send(204);
    if (method === "PUT" && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      return send(200, (body as any[]).map((c, i) => ({ ...c, id: String(800 + i), application_id: FAKE_DISCORD.appId, version: "1" })));
    }
    // Starting a thread on a message: the thread gets its own id, its parent is the channel.
    const startThread = path.match(/^\/channels\/([^/]+)\/messages\/([^/]+)\/threads$/);
    if (method === "POST" && startThread) {
      return send(201, threadObject(`${startThread[2]}1`, startThread[1]!, String(body.name ?? "")));
    }
    const channelMsg = path.match(/^\/channels\/([^/]+)\/messages$/);
    const webhook = path.match(/^\/webhooks\/[^/]+\/[^/]+(?:\/messages\/(?:@original|\d+))?$/);
    if ((method === "POST" && channelMsg) || ((method === "PATCH" || method === "POST") && webhook)) {
      return send(200, messageObject(String(++msgSeq), channelMsg?.[1] ?? FAKE_DISCORD.channelId, botUser, body.content ?? "", body.embeds ?? []));
    }
    send(404, { message: "Unknown route", code: 0 });
  });
  const port = () => (server.address() as AddressInfo).port;

  const wss = new WebSocketServer({ server, path: "/gateway" });
  const sendOp = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));
  const dispatchTo = (ws: WebSocket, t: string, d: unknown) => sendOp(ws, { op: 0, t, s: ++seq, d });
  wss.on("connection", (ws) => {
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    sendOp(ws, { op: 10, d: { heartbeat_interval: opts.heartbeatMs ?? 1_000 } });
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d?: unknown };
      if (msg.op === 1) sendOp(ws, { op: 11 });
      else if (msg.op === 2) {
        identifies.push(msg.d as FakeDiscord["identifies"][number]);
        dispatchTo(ws, "READY", {
          v: 10, user: { ...botUser, verified: true, flags: 0 }, guilds: [{ id: FAKE_DISCORD.guildId, unavailable: true }], session_id: "fake-session",
          resume_gateway_url: `ws://127.0.0.1:${port()}/gateway`, application: { id: FAKE_DISCORD.appId, flags: 0 }, shard: [0, 1],
        });
        dispatchTo(ws, "GUILD_CREATE", guildObject());
        isIdentified = true;
        onIdentified?.();
      } else if (msg.op === 6) dispatchTo(ws, "RESUMED", {});
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    apiUrl: `http://127.0.0.1:${port()}/api`,
    calls,
    identifies,
    failNext: (method, pattern, count, status) => void failures.push({ method, pattern, count, status }),
    async waitForCall(method, pattern, predicate = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.find((c) => c.method === method && pattern.test(c.path) && predicate(c));
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`fake discord: no ${method} ${pattern} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    identified: () => (isIdentified ? Promise.resolve() : new Promise<void>((resolve) => (onIdentified = resolve))),
    dispatch(t, d) {
      for (const ws of sockets) dispatchTo(ws, t, d);
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function guildObject() {
  const { guildId, channelId, threadId } = FAKE_DISCORD;
  return {
    id: guildId, name: "测试服务器", icon: null, owner_id: FAKE_DISCORD.userId, afk_channel_id: null, afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0, system_channel_id: null, system_channel_flags: 0,
    rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, preferred_locale: "zh-CN",
    public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false, joined_at: new Date().toISOString(), large: false,
    unavailable: false, member_count: 2, voice_states: [], members: [], presences: [], stage_instances: [], guild_scheduled_events: [],
    emojis: [], stickers: [],
    roles: [{ id: guildId, name: "@everyone", permissions: "1071698660929", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: channelId, type: 0, guild_id: guildId, name: "general", position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null }],
    threads: [{
      id: threadId, type: 11, guild_id: guildId, parent_id: channelId, name: "讨论串", owner_id: FAKE_DISCORD.userId, message_count: 1, member_count: 1,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    }],
  };
}

/** A MESSAGE_CREATE payload; omit guildId for a DM. */
export function messageObject(id: string, channelId: string, author: ReturnType<typeof user>, content: string, embeds: unknown[] = [], guildId?: string, mentions: unknown[] = []) {
  return {
    id, channel_id: channelId, ...(guildId ? { guild_id: guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
    author, content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
    mentions, mention_roles: [], attachments: [], embeds, pinned: false, type: 0, flags: 0, components: [],
  };
}

export function interactionObject(id: string, name: string, options: { name: string; value: string }[], channelId: string = FAKE_DISCORD.channelId) {
  return {
    id, application_id: FAKE_DISCORD.appId, type: 2, token: `tok-${id}`, version: 1, guild_id: FAKE_DISCORD.guildId, channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: FAKE_DISCORD.guildId, name: "general" }, locale: "zh-CN", guild_locale: "zh-CN",
    app_permissions: "1071698660929", entitlements: [], authorizing_integration_owners: { "0": FAKE_DISCORD.guildId }, context: 0,
    member: { user: humanUser, roles: [], permissions: "1071698660929", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    data: { id: `cmd-${name}`, name, type: 1, options: options.map((o) => ({ ...o, type: 3 })) },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** A public thread as Discord returns it from "start thread from message". */
export function threadObject(id: string, parentId: string, name: string) {
  return {
    id, type: 11, guild_id: FAKE_DISCORD.guildId, parent_id: parentId, name, owner_id: FAKE_DISCORD.botId, message_count: 0, member_count: 1,
    rate_limit_per_user: 0, flags: 0, total_message_sent: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

const interactionBase = (id: string, type: number, channelId: string) => ({
  id, application_id: FAKE_DISCORD.appId, type, token: `tok-${id}`, version: 1, guild_id: FAKE_DISCORD.guildId, channel_id: channelId,
  channel: { id: channelId, type: channelId === FAKE_DISCORD.threadId ? 11 : 0, guild_id: FAKE_DISCORD.guildId, name: "general" },
  locale: "zh-CN", guild_locale: "zh-CN", app_permissions: "1071698660929", entitlements: [],
  authorizing_integration_owners: { "0": FAKE_DISCORD.guildId }, context: 0,
  member: { user: humanUser, roles: [], permissions: "1071698660929", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
});

/** A button press (type 3) on `message` (the message object the buttons are on). */
export function buttonInteraction(id: string, customId: string, message: unknown, channelId: string = FAKE_DISCORD.channelId) {
  return { ...interactionBase(id, 3, channelId), message, data: { custom_id: customId, component_type: 2 } };
}

/** An autocomplete request (type 4) for a string option being typed. */
export function autocompleteInteraction(id: string, command: string, option: string, value: string) {
  return {
    ...interactionBase(id, 4, FAKE_DISCORD.channelId),
    data: { id: `cmd-${command}`, name: command, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
  };
}

/** A modal submission (type 5): one text input inside a label component, as modals send now. */
export function modalSubmitInteraction(id: string, customId: string, inputId: string, value: string, channelId: string = FAKE_DISCORD.channelId) {
  return {
    ...interactionBase(id, 5, channelId),
    data: { custom_id: customId, components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: inputId, value } }] },
  };
}

/** A message context-menu command (application command type 3) on `target`. */
export function messageCommandInteraction(id: string, name: string, target: ReturnType<typeof messageObject>) {
  return {
    ...interactionBase(id, 2, target.channel_id),
    data: { id: `cmd-${name}`, name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}
