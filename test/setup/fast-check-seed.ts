import fc from "fast-check";

// Property tests explore random inputs, but CI must be deterministic: one fixed seed for every run.
// Set FC_SEED to explore other inputs locally; a failure prints its seed and path for replay.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_128) });
