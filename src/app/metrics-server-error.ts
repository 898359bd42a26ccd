/** The health/metrics server could not listen; the message is Chinese and names the address. */
export class MetricsServerError extends Error {
  override name = "MetricsServerError";
  constructor(host: string, port: number, cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    const why = code === "EADDRINUSE" ? "端口已被占用" : code === "EACCES" ? "没有权限使用该端口" : cause instanceof Error ? cause.message : String(cause);
    super(`无法在 ${host}:${port} 上启动健康检查与指标服务（${why}）：请换一个 ALUBOT_METRICS_PORT，或不设置它以关闭该服务。`, { cause });
  }
}
