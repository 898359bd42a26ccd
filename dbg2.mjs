import { createBenchApp } from "./dist/bench/create-bench-app.js";
import fs from "node:fs";
const b = createBenchApp(process.cwd());
await b.app.retriever();
const e = b.app.engine();
const qs = fs.readFileSync("/tmp/oos.txt","utf8").split("\n").filter(Boolean);
for (const [i,q] of qs.entries()) { const r = await e.handle({text:q, conversationId:"d"+i, userId:"u", platform:"cli"}); if (!r.outOfScope && !(r.notCovered?.length)) console.log(q, "→", r.answer.slice(0,60).replace(/\n/g," ")); }
await b.dispose();
