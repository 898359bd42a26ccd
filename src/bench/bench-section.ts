/** What every bench section gets: parsed flags and where to write. */
export interface BenchContext {
  args: string[];
  out: NodeJS.WritableStream;
  /** Package root (holds corpus/, dist/, test/fixtures/). */
  root: string;
}

export interface BenchOutcome {
  /** Failed acceptance checks; any failure makes `npm run bench` exit non-zero. */
  failures: string[];
}

/** One independent part of `npm run bench` (retrieval, answers, load…), added in run-bench.ts. */
export interface BenchSection {
  name: string;
  /** True when this section should run for the given command-line arguments. */
  enabled(args: string[]): boolean;
  run(ctx: BenchContext): Promise<BenchOutcome>;
}
