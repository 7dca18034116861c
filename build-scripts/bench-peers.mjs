// Head to head, in one Node process: the project (through its JS API),
// wink-nlp with its lite web model, and compromise, on the same texts.
//   node build-scripts/bench-peers.mjs FILE...        (build-scripts/bench --peers)
//
// Each library does what a reader of its output gets: sentences, tokens and
// entities (wink-nlp: its entities are dates, money, numbers and the like; it
// finds no people, organisations or places), people, places, organisations
// and quotations (compromise), everything the project outputs (the project).
// Rounds are interleaved (project, wink, compromise, project, …) so that the
// load of a shared machine falls on all alike; MB/s counts CPU time of this
// process. Peak memory and cold start are measured in a fresh child process
// per library (cold start: import, model, and the first text annotated).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "..");
const ROUND_SECONDS = 1.5;
const ROUNDS = 5;
// The one long text of the memory measure: compromise needs minutes for 10 MB.
const LONG_TEXT_BYTES = 1e6;

/** Each library: how to load it, and one call that does its work on a text. */
const LIBRARIES = {
  "article-annotator": async () => {
    const { createAnnotator } = await import(path.join(ROOT, "web/annotator.js"));
    const annotator = await createAnnotator();
    return (text) => annotator.annotate(text).mentions.length;
  },
  "wink-nlp": async () => {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text) => {
      const doc = nlp.readDoc(text);
      return doc.sentences().length() + doc.tokens().out(its.type).length + doc.entities().out(its.detail).length;
    };
  },
  compromise: async () => {
    const nlp = (await import("compromise")).default;
    return (text) => {
      const doc = nlp(text);
      return (
        doc.people().out("array").length +
        doc.places().out("array").length +
        doc.organizations().out("array").length +
        doc.quotations().out("array").length
      );
    };
  },
};

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU seconds for `run` over every text, repeated until ROUND_SECONDS have passed. */
function round(run, texts) {
  const started = cpuSeconds();
  let passes = 0;
  do {
    for (const text of texts) run(text);
    passes++;
  } while (cpuSeconds() - started < ROUND_SECONDS);
  return { seconds: cpuSeconds() - started, passes };
}

async function throughput(files) {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const runs = {};
  for (const [name, load] of Object.entries(LIBRARIES)) {
    runs[name] = await load();
    round(runs[name], texts.slice(0, 3)); // warm the engine
  }
  const totals = Object.fromEntries(Object.keys(runs).map((name) => [name, { seconds: 0, passes: 0 }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, run] of Object.entries(runs)) {
      const { seconds, passes } = round(run, texts);
      totals[name].seconds += seconds;
      totals[name].passes += passes;
    }
  }
  return Object.fromEntries(Object.entries(totals).map(([name, t]) => [name, (t.passes * bytes) / t.seconds / 1e6]));
}

/** In a child process: cold start of one library and its peak memory over the texts. */
async function coldStartAndMemory(name, files) {
  const started = performance.now();
  const run = await LIBRARIES[name]();
  const texts = files.map((f) => readFileSync(f, "utf8"));
  run(texts[0]);
  const coldMs = performance.now() - started;
  for (const text of texts) run(text);
  const joined = texts.join("\n\n");
  const big = joined.repeat(Math.max(1, Math.ceil(LONG_TEXT_BYTES / joined.length)));
  run(big);
  return { coldMs, peakMB: process.resourceUsage().maxRSS / 1024, bigMB: Buffer.byteLength(big) / 1e6 };
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  console.log(JSON.stringify(await coldStartAndMemory(args[1], args.slice(2))));
} else {
  if (!args.length) {
    console.error("usage: bench-peers FILE...");
    process.exit(2);
  }
  const mbPerSecond = await throughput(args);
  const ours = mbPerSecond["article-annotator"];
  console.log(`peers: ${args.length} files, ${ROUNDS} interleaved rounds of ≥ ${ROUND_SECONDS} s CPU each`);
  for (const name of Object.keys(LIBRARIES)) {
    const child = JSON.parse(
      execFileSync("node", [SELF, "--child", name, ...args], { encoding: "utf8", maxBuffer: 1 << 26 }),
    );
    const ratio = name === "article-annotator" ? "" : `  (ours ${(ours / mbPerSecond[name]).toFixed(1)}× this)`;
    console.log(
      `${name.padEnd(18)} ${mbPerSecond[name].toFixed(2).padStart(6)} MB/s${ratio.padEnd(22)}  ` +
        `cold start ${child.coldMs.toFixed(0).padStart(5)} ms  peak RSS ${child.peakMB.toFixed(0)} MB ` +
        `(after one ${child.bigMB.toFixed(0)} MB text)`,
    );
  }
}
