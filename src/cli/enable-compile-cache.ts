import * as nodeModule from "node:module";

/**
 * Node ≥ 22.1 can keep V8's compiled code of every loaded module on disk (module.enableCompileCache),
 * which takes most of the compile cost off a cold start; Node 20 has no such cache, and there this is
 * a no-op. The cache sits in the OS temp directory (or NODE_COMPILE_CACHE) and is keyed by each file's
 * contents, so it never changes what runs. Returns whether the API was there and accepted the call.
 */
export function enableCompileCache(): boolean {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable !== "function") return false;
  try {
    enable();
    return true;
  } catch {
    // A cache that cannot be set up (e.g. no writable temp directory) must never keep the CLI from running.
    return false;
  }
}
