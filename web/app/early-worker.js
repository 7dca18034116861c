// Starts the annotator's worker as soon as the page is parsed, before the
// page's own modules have loaded: loading and warming up the WebAssembly core
// takes longest of anything the page does, and it need not wait for them.
// index.html loads this module before app.js; app.js takes the worker over
// with takeEarlyWorker() and is handed what it said in the meantime.

let early = null;

try {
  const worker = new Worker(new URL("../worker.js", import.meta.url), { type: "module" });
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
