import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The data directory cannot be created or written; the message is Chinese and says what to do. */
export class DataDirError extends Error {
  override name = "DataDirError";
  constructor(readonly dir: string, cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    const why = code === "EACCES" || code === "EPERM" ? "没有写入权限" : code === "EROFS" ? "所在文件系统只读" : code === "ENOTDIR" ? "路径中有一段不是文件夹" : code === "ENOSPC" ? "磁盘已满" : typeof code === "string" ? code : "无法写入";
    super(
      `数据目录 ${dir} 不可用（${why}）。alubot 在这里保存检索索引、对话、反馈和审计记录。` +
        `请把环境变量 ALUBOT_DATA_DIR 设为一个可写的文件夹，或修正该目录的权限（默认位置是 $XDG_DATA_HOME/alubot，未设置 XDG_DATA_HOME 时为 ~/.local/share/alubot）。`,
      { cause },
    );
  }
}

/**
 * Checked once at start-up by the commands that write data (ask, chat, start, retrieve, index): a
 * misconfigured directory is reported at once, in Chinese, with exit code 1. Trouble that starts
 * later (the disk fills up, a mount turns read-only) is not fatal: the stores keep records in
 * memory and write them out when the disk recovers (src/store/resilient-stores.ts).
 */
export function ensureWritableDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
  } catch (err) {
    throw new DataDirError(dir, err);
  }
}
