import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface GatedHttpProxy {
  /** Base URL of the proxy (same paths as the target). */
  url: string;
  /** Lets the held requests (and every later one) through. */
  release(): void;
  /** Holds the matching requests again, until the next release(). */
  arm(): void;
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of a fake that holds the requests `hold` picks until release(): a
 * platform that is slow to accept the bot (auth.test pending) without changing the shared fakes,
 * so a test can observe the "not ready yet" state deterministically instead of racing it.
 */
export async function startGatedHttpProxy(target: string, hold: (path: string) => boolean): Promise<GatedHttpProxy> {
  const base = new URL(target);
  let open = false;
  const waiting: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const forward = () => {
      const upstream = request(
        { host: base.hostname, port: base.port, method: req.method, path: req.url, headers: { ...req.headers, host: base.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    if (open || !hold(req.url ?? "/")) forward();
    else waiting.push(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    release() {
      open = true;
      for (const go of waiting.splice(0)) go();
    },
    arm() {
      open = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
