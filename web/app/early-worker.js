// Starts the annotator's worker as soon as the page is parsed, before the
// page's own modules have loaded: loading and warming up the WebAssembly core
// takes longest of anything the page does, and it need not wait for them.
// The page compiles annotator.wasm itself meanwhile (on the browser's
// background threads) and posts the compiled module to the worker, so the
// compile overlaps the worker's start, and a worker restarted after a cancel
// does not compile it again. index.html loads this module before app.js;
// app.js takes the worker over with takeEarlyWorker() and is handed what it
// said in the meantime.

const WASM_URL = new URL("../annotator.wasm", import.meta.url);

/** annotator.wasm compiled, or null where it cannot be here (the worker then loads it itself). */
const compiledCore = (async () => {
  try {
    if (typeof WebAssembly.compileStreaming !== "function") return null;
    return await WebAssembly.compileStreaming(fetch(WASM_URL));
  } catch {
    return null; // e.g. served without Content-Type application/wasm
  }
})();

/**
 * A new annotator worker, sent the compiled core when it is ready (worker.js:
 * the 'core' message). Throws where module workers are not supported.
 * @returns {Worker}
 */
export function newAnnotatorWorker() {
  const worker = new Worker(new URL("../worker.js", import.meta.url), { type: "module" });
  compiledCore.then((module) => worker.postMessage({ type: "core", module }));
  return worker;
}

let early = null;

try {
  const worker = newAnnotatorWorker();
  const events = [];
  const keep = (event) => {
    // An error left unhandled until app.js takes over would reach the console.
    if (event.type === "error") event.preventDefault();
    events.push(event);
  };
  worker.addEventListener("message", keep);
  worker.addEventListener("error", keep);
  early = { worker, events, keep };
} catch {
  // No module workers: app.js tries again and says why it cannot.
}

/**
 * The worker started at page load with the events it sent so far (replay them
 * in order), once; null afterwards or if none could be started.
 * @returns {{worker: Worker, events: Event[]} | null}
 */
export function takeEarlyWorker() {
  if (!early) return null;
  const { worker, events, keep } = early;
  early = null;
  worker.removeEventListener("message", keep);
  worker.removeEventListener("error", keep);
  return { worker, events };
}
