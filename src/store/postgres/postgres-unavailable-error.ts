import { AppWiringError } from "../../app/app-wiring-error.js";
import { formatPgTarget, type PgTarget } from "./pg-target.js";

/**
 * The configured PostgreSQL could not be reached (or refused us) at start. Shown to the operator in
 * Chinese with the host, and `alubot start` exits 1: running on as a replica that shares nothing
 * would quietly break the guarantees the deployment was configured for.
 */
export class PostgresUnavailableError extends AppWiringError {
  override name = "PostgresUnavailableError";
  constructor(
    readonly target: PgTarget,
    cause: unknown,
  ) {
    super(`无法连接 PostgreSQL 数据库 ${formatPgTarget(target)}（主机 ${target.host}）：${describePgError(cause)}。请检查 DATABASE_URL、数据库服务是否已启动以及网络与账号权限。`, { cause });
  }
}

/** A short reason in Chinese for the usual connection failures, the driver's message otherwise. */
export function describePgError(err: unknown): string {
  const e = err as { code?: string; message?: string } | undefined;
  const code = e?.code ?? "";
  const known: Record<string, string> = {
    ECONNREFUSED: "连接被拒绝（该端口没有数据库在监听）",
    ENOTFOUND: "找不到该主机名",
    EAI_AGAIN: "主机名解析失败",
    ETIMEDOUT: "连接超时",
    ECONNRESET: "连接被重置",
    EHOSTUNREACH: "主机不可达",
    "28P01": "用户名或密码错误",
    "28000": "认证被拒绝",
    "3D000": "数据库不存在",
    "57P03": "数据库正在启动或关闭",
  };
  if (known[code]) return `${known[code]}（${code}）`;
  if (/timeout/i.test(e?.message ?? "")) return "连接超时";
  return e?.message ?? String(err);
}
