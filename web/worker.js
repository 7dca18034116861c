// Module worker: loads the WebAssembly annotator once and annotates texts on
// request, so that the page never freezes.
//
// Messages in:  {type: 'annotate', id, text}
// Messages out: {type: 'ready', version} | {type: 'init-error', message}
//               {type: 'result', id, result, ms} | {type: 'error', id, message, stage?: 'load'}

let annotatorPromise = null;

function load() {
  if (!annotatorPromise) {
    annotatorPromise = import('./annotator.js').then((mod) => {
      if (typeof mod.createAnnotator !== 'function') {
        throw new Error('annotator.js does not export createAnnotator()');
      }
      return mod.createAnnotator();
    });
  }
  return annotatorPromise;
}

function messageOf(error) {
  if (error && typeof error.message === 'string' && error.message) return error.message;
  return String(error);
}

load().then(
  (annotator) => self.postMessage({ type: 'ready', version: String(annotator.version ?? '') }),
  (error) => self.postMessage({ type: 'init-error', message: messageOf(error) }),
);

self.addEventListener('message', async (event) => {
  const data = event.data || {};
  if (data.type !== 'annotate') return;
  const { id, text } = data;
  let annotator;
  try {
    annotator = await load();
  } catch (error) {
    self.postMessage({ type: 'error', id, stage: 'load', message: messageOf(error) });
    return;
  }
  try {
    const t0 = performance.now();
    const result = annotator.annotate(String(text));
    const ms = performance.now() - t0;
    self.postMessage({ type: 'result', id, result, ms });
  } catch (error) {
    self.postMessage({ type: 'error', id, message: messageOf(error) });
  }
});
