// Module worker: loads the WebAssembly annotator once and annotates texts on
// request, so that the page never freezes.
//
// Messages in:  {type: 'core', module}: annotator.wasm compiled by the page, or null to load it here;
//               the worker loads the annotator once this has come.
//               {type: 'text', id, part} (none or more), then {type: 'annotate', id, text, structure?}:
//               the text is the parts, then `text`. A long text comes in
//               parts, a message each, as copying 5 MB into one message
//               would hold up the page for tens of milliseconds. `structure`
//               is what the text's HTML said about the page's shape
//               (shared/page-structure.js), which refines the result.
// Messages out: {type: 'ready', version, maxTextBytes} | {type: 'init-error', message}
//               {type: 'result', id, result, key, ms, memoryBytes}
//               | {type: 'error', id, message, stage?: 'load'}
// `result` is packed in columns (app/compact.js: packResult) whose buffers
// are transferred, not copied: a long article's hundreds of thousands of
// spans as objects would hold up the page while they are copied in, and at
// every garbage collection after. The page reads it with compactResult.
// `key` names the text (a hash of it), computed here to spare the page.
// `memoryBytes` is the wasm memory the worker holds after the text: a long
// text's grown memory is returned (annotator.js: memoryLimitBytes).

import { textHash } from "./app/text-hash.js";
import { packResult } from "./app/compact.js";
import { applyPageStructure } from "./shared/page-structure.js";

let annotatorPromise = null;
// The page compiles annotator.wasm while this worker starts and posts the
// module (app/early-worker.js); null says to load it here.
let receiveCore;
const corePromise = new Promise((resolve) => (receiveCore = resolve));

function load() {
  if (!annotatorPromise) {
    annotatorPromise = Promise.all([import("./annotator.js"), corePromise]).then(([mod, module]) => {
      if (typeof mod.createAnnotator !== "function") {
        throw new Error("annotator.js does not export createAnnotator()");
      }
      return mod.createAnnotator(module ? { wasmModule: module } : {});
    });
  }
  return annotatorPromise;
}

function messageOf(error) {
  if (error && typeof error.message === "string" && error.message) return error.message;
  return String(error);
}

load().then(
  (annotator) =>
    self.postMessage({ type: "ready", version: String(annotator.version ?? ""), maxTextBytes: annotator.maxTextBytes }),
  (error) => self.postMessage({ type: "init-error", message: messageOf(error) }),
);

// The parts of the texts on their way, by request id.
const parts = new Map();

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "core") {
    receiveCore(data.module instanceof WebAssembly.Module ? data.module : null);
  } else if (data.type === "text") {
    if (!parts.has(data.id)) parts.set(data.id, []);
    parts.get(data.id).push(String(data.part));
  } else if (data.type === "annotate") {
    const text = [...(parts.get(data.id) ?? []), String(data.text)].join("");
    parts.delete(data.id);
    annotate(data.id, text, data.structure ?? null);
  }
});

async function annotate(id, text, structure) {
  let annotator;
  try {
    annotator = await load();
  } catch (error) {
    self.postMessage({ type: "error", id, stage: "load", message: messageOf(error) });
    return;
  }
  try {
    const t0 = performance.now();
    const result = applyPageStructure(annotator.annotate(text), text, structure);
    const ms = performance.now() - t0;
    const { packed, transfer } = packResult(result, text);
    const memoryBytes = annotator.memoryBytes;
    self.postMessage({ type: "result", id, result: packed, key: textHash(text), ms, memoryBytes }, transfer);
  } catch (error) {
    self.postMessage({ type: "error", id, message: messageOf(error) });
  }
}
