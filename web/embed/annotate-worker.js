// Module worker of the embed: annotates off the host page's main thread, so
// that a long or hostile article never freezes the page it is on.
//
// In:  {id, text}     Out: {type: 'result', id, result} | {type: 'error', id, message}

import { createAnnotator } from "../annotator.js";

const annotator = createAnnotator();
// A load that fails (annotator.wasm missing) before the first message would
// otherwise be an unhandled rejection, which the host page sees as an error;
// each message's `await` still gets the failure and reports it.
annotator.catch(() => {});

self.addEventListener("message", async (event) => {
  const { id, text } = event.data ?? {};
  try {
    self.postMessage({ type: "result", id, result: (await annotator).annotate(String(text)) });
  } catch (error) {
    self.postMessage({ type: "error", id, message: String(error?.message ?? error) });
  }
});
