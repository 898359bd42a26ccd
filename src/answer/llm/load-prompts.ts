import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PromptLoadError } from "./prompt-load-error.js";

export interface Prompts {
  system: string;
  answer: string;
  condense: string;
  /** System message of the multi-step agent, and its task message around the question. */
  agent: string;
  agentTask: string;
  /** Multi-query rewrite into the document's vocabulary (used when the corpus exceeds the token budget). */
  rewrite: string;
  /** Clause expansions drafted by `alubot index --expand`. */
  expand: string;
}

/** Reads prompts/*.txt at run time, so wording can be tuned without a rebuild. */
export function loadPrompts(dir: string): Prompts {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, `${name}.txt`), "utf8");
    } catch (err) {
      throw new PromptLoadError(`无法读取提示词文件 ${join(dir, `${name}.txt`)}`, { cause: err });
    }
  };
  return {
    system: read("system"),
    answer: read("answer"),
    condense: read("condense"),
    agent: read("agent"),
    agentTask: read("agent-task"),
    rewrite: read("rewrite"),
    expand: read("expand"),
  };
}

/** Fills {name} placeholders; values are inserted once, never re-scanned, so user text cannot inject one. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

/**
 * User text placed between the prompt's "=== … ===" delimiters: runs of = are collapsed so a question
 * cannot close the data block and continue as instructions.
 */
export function asDelimitedData(text: string): string {
  return text.replace(/={2,}/g, "=").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
