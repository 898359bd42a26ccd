export function writeLine(out: NodeJS.WritableStream, text = ""): void {
  out.write(`${text}\n`);
}

export function writeJson(out: NodeJS.WritableStream, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
