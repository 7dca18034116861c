// Module worker: loads the WebAssembly annotator once and annotates texts on
// request, so that the page never freezes.
//
// Messages in:  {type: 'annotate', id, text}
// Messages out: {type: 'ready', version} | {type: 'init-error', message}
//               {type: 'part', id, field, items}, then {type: 'result', id, result, key, ms}
//               | {type: 'error', id, message, stage?: 'load'}
// The result's lists come first, in parts of at most PART_SIZE items, which
// the page appends to `result[field]`: a long article's result read in one
// message would hold up the page while it is copied in. `key` names the
// text (a hash of it), computed here to spare the page.

import { textHash } from './app/text-hash.js';

const PART_SIZE = 4000;

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
    postResult(id, result, { key: textHash(String(text)), ms });
  } catch (error) {
    self.postMessage({ type: 'error', id, message: messageOf(error) });
  }
});

function postResult(id, result, extra) {
  const rest = { ...result };
  for (const [field, value] of Object.entries(result)) {
    if (!Array.isArray(value)) continue;
    rest[field] = [];
    for (let i = 0; i < value.length; i += PART_SIZE) {
      self.postMessage({ type: 'part', id, field, items: value.slice(i, i + PART_SIZE) });
    }
  }
  self.postMessage({ type: 'result', id, result: rest, ...extra });
}
