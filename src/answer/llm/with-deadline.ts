import { DeadlineError } from "./deadline-error.js";

/**
 * Runs `task` with an AbortSignal that fires after `ms`, and rejects at `ms` even if the task ignores
 * the signal: LangChain retries can outlast a per-request timeout, the user must not wait for them.
 */
export async function withDeadline<T>(ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError(`超过 ${ms} 毫秒未完成`));
    }, ms);
  });
  try {
    return await Promise.race([task(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
