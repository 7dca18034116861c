// The page: sends the text to a module worker that runs the WebAssembly
// annotator, then renders the result. User text only ever becomes DOM text
// nodes (textContent / createTextNode), never markup.

import { TYPES, QUOTE_KIND_LABELS, QUOTE_KIND_SHORT, typeLabel, needsSpeaker } from './app/labels.js';
import { drawView, describeHighlight, speakerName, startElement, nextTask, runSliced } from './app/render.js';
import { compactResult, plainResult } from './app/compact.js';
import { fileToPage, htmlToPage, looksLikeHtml, NotTextError } from './app/text-import.js';
import { applyCorrections, loadCorrections, saveCorrections, openStorage, CorrectionHistory } from './app/corrections.js';
import { Popover, mentionSection, quoteSection, selectionSection } from './app/editor.js';
import { collectSources } from './app/sources.js';
import { resultJson, mentionsCsv, quotesCsv, webAnnotations } from './app/export.js';

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  text: $('text'),
  folded: $('folded'),
  foldedSize: $('folded-size'),
  unfold: $('unfold'),
  dropzone: $('dropzone'),
  annotate: $('annotate'),
  cancel: $('cancel'),
  file: $('file'),
  example: $('example'),
  clear: $('clear'),
  status: $('status'),
  progress: $('progress'),
  error: $('error'),
  results: $('results'),
  stats: $('stats'),
  legend: $('legend'),
  doc: $('doc'),
  entities: $('entities'),
  entitiesNote: $('entities-note'),
  entityCount: $('entity-count'),
  quotes: $('quotes'),
  quoteCount: $('quote-count'),
  sources: $('sources'),
  sourceCount: $('source-count'),
  tooltip: $('tooltip'),
  version: $('version'),
  undo: $('undo'),
  redo: $('redo'),
  clearCorrections: $('clear-corrections'),
  correctionCount: $('correction-count'),
  exports: $('exports'),
};
const popover = new Popover($('editor'));

const EXAMPLE = `Harbour city approves £40m flood barrier

By a staff reporter

The council of Portwell voted on Tuesday to build a £40m tidal barrier across the harbour mouth, after three winters of flooding that closed 120 shops.

“We cannot keep sandbagging the high street every January,” said Mayor Alice Grant, who proposed the plan. She added that the barrier would be finished by 2027.

Engineers from Northshore Consulting estimate that the barrier will cut flood risk by 85% for the next 50 years. Critics called the plan a “vanity project”.

Share this article`;

// ---------------------------------------------------------------- worker

let worker = null;
let workerReady = false;
// The longest text the annotator takes, in bytes of UTF-8, as its worker
// reports it; until then the core's 16 MiB.
let maxTextBytes = 16 << 20;
let nextId = 1;
let pending = null; // {id, text, t0}

/** Starts the worker; `announce` says so in the status line (not after a cancel, which says "Cancelled."). */
function startWorker({ announce = true } = {}) {
  workerReady = false;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch (e) {
    worker = null;
    showError(`This browser cannot start the annotator (module workers are needed): ${e.message}`);
    return;
  }
  worker.addEventListener('message', onWorkerMessage);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const detail = event.message ? `: ${event.message}` : '';
    failPending(`The annotator worker stopped${detail}.`);
    showError(`The annotator could not be started${detail}. Reload the page to try again.`);
    worker = null;
  });
  if (announce) setStatus(pending ? 'Annotating…' : 'Loading the annotator…');
}

function onWorkerMessage(event) {
  const msg = event.data || {};
  switch (msg.type) {
    case 'ready':
      workerReady = true;
      if (msg.maxTextBytes > 0) maxTextBytes = msg.maxTextBytes;
      if (msg.version) {
        annotatorVersion = msg.version;
        ui.version.textContent = `Annotator ${msg.version}`;
      }
      if (!pending && ui.status.textContent.startsWith('Loading the annotator')) setStatus('Ready.');
      break;
    case 'init-error':
      showError(`The annotator could not be loaded: ${msg.message}`);
      setStatus('');
      break;
    case 'result':
      if (!pending || msg.id !== pending.id) return;
      rememberThroughput(pending.text.length, msg.ms);
      showResult(pending, msg.result, msg.key, msg.ms).catch((e) => {
        showError(`The result could not be shown: ${e.message}`);
        console.warn(e);
      }).finally(() => {
        if (pending && pending.id === msg.id) {
          pending = null;
          finishBusy();
        }
      });
      break;
    case 'error':
      if (!pending || msg.id !== pending.id) return;
      failPending(msg.stage === 'load'
        ? `The annotator could not be loaded: ${msg.message}`
        : `Annotation failed: ${msg.message}`);
      break;
    default:
      break;
  }
}

function failPending(message) {
  if (!pending) return;
  pending = null;
  finishBusy();
  showError(message);
  setStatus('');
}

// What the markup of the text in the box said about the page's shape (a
// dropped .html file, a paste that carried HTML): {text, structure}, kept
// while the box holds that very text.
let pageStructure = null;

function annotate() {
  // A new text (an example, a dropped file) supersedes a run still going.
  if (pending) cancel();
  const text = foldedText ?? ui.text.value;
  hideError();
  if (!/\S/.test(text)) {
    setStatus('Paste or type an article first.');
    ui.text.focus();
    return;
  }
  if (!worker) startWorker();
  if (!worker) return;
  pending = { id: nextId++, text, t0: performance.now() };
  if (text.length > FOLD_AT && foldedText === null) foldInput(text);
  startBusy();
  sendText(worker, pending.id, text, pageStructure?.text === text ? pageStructure.structure : null);
}

// Copying a text into a message takes the browser some 30 ms for 5 MB, all
// in one task: a long text goes to the worker in parts of TEXT_PART
// characters, a task each.
const TEXT_PART = 1 << 20;

/**
 * Sends a text to be annotated, with the page structure its markup gave, if
 * any (worker.js: the 'text' and 'annotate' messages); stops if the request
 * is cancelled meanwhile.
 */
async function sendText(target, id, text, structure) {
  let from = 0;
  for (; text.length - from > TEXT_PART; from += TEXT_PART) {
    target.postMessage({ type: 'text', id, part: text.slice(from, from + TEXT_PART) });
    await nextTask();
    if (target !== worker || pending?.id !== id) return;
  }
  target.postMessage({ type: 'annotate', id, text: text.slice(from), structure });
}

// A text box holding megabytes costs the browser hundreds of milliseconds
// each time it lays it out or paints it, which would stall the page while
// the article is drawn; past this length it is folded away while reading.
// Its text leaves the box meanwhile: a second after each scroll, Chromium
// saves the page's state for the history, the text of its boxes included,
// which takes it some 250 ms for 5 MB.
const FOLD_AT = 200_000;

// The text of the folded box, out of the textarea; null while the box is open.
let foldedText = null;

/** Folds the box away, its text (passed in: reading a textarea's value copies it) kept in foldedText. */
function foldInput(text) {
  foldedText = text;
  ui.text.value = '';
  ui.text.hidden = true;
  ui.folded.hidden = false;
  ui.foldedSize.textContent = `A long article (${text.length.toLocaleString('en')} characters) is in the text box, folded away while you read.`;
}

/** Opens the box, with `text` in it: the folded text unless another is given. */
function unfoldInput(text = foldedText) {
  if (text !== null) ui.text.value = text;
  foldedText = null;
  ui.text.hidden = false;
  ui.folded.hidden = true;
}

// A paste of hundreds of thousands of characters folds the box at once, while
// the browser is busy with the paste anyway, rather than at the click.
function foldLongPaste() {
  if (ui.text.textLength > FOLD_AT) foldInput(ui.text.value);
}

function setInputText(text) {
  unfoldInput(text);
}

function cancel() {
  if (!pending) return;
  pending = null;
  drawGeneration++;
  if (worker) worker.terminate();
  worker = null;
  finishBusy();
  startWorker({ announce: false });
  setStatus('Cancelled.');
}

// ---------------------------------------------------------------- busy state

// The core reports no progress of its own: the bar estimates it from the
// speed of the last run (characters per millisecond), then follows the
// drawing, which is measured. Annotating fills the first ANNOTATE_SHARE.
const ANNOTATE_SHARE = 0.8;
let throughput = 500;
let busyTimer = 0;

function rememberThroughput(length, ms) {
  if (length > 100000 && ms > 0) throughput = length / ms;
}

function startBusy() {
  ui.annotate.disabled = true;
  ui.annotate.setAttribute('aria-disabled', 'true');
  ui.cancel.hidden = false;
  ui.progress.hidden = false;
  setProgress(null);
  ui.results.setAttribute('aria-busy', 'true');
  // The page's busy flag (tests wait on it); the article dims with its own class (style.css).
  document.body.classList.add('busy');
  ui.doc.classList.add('busy');
  setStatus(workerReady ? 'Annotating…' : 'Loading the annotator…');
  const { t0, text } = pending;
  const expectedMs = text.length / throughput;
  clearInterval(busyTimer);
  busyTimer = setInterval(() => {
    const elapsed = performance.now() - t0;
    if (elapsed < 1000) return;
    if (!workerReady) {
      setStatus(`Loading the annotator… ${(elapsed / 1000).toFixed(0)} s`);
      return;
    }
    const left = Math.max(1, Math.round((expectedMs - elapsed) / 1000));
    setStatus(elapsed < expectedMs ? `Annotating… about ${left} s left` : `Annotating… ${(elapsed / 1000).toFixed(0)} s`);
    setProgress(Math.min(0.95, elapsed / expectedMs) * ANNOTATE_SHARE);
  }, 500);
}

function startDrawing() {
  clearInterval(busyTimer);
  setProgress(ANNOTATE_SHARE);
}

function showDrawingProgress(fraction) {
  setProgress(ANNOTATE_SHARE + (1 - ANNOTATE_SHARE) * fraction);
  setStatus(`Drawing the highlights… ${Math.round(fraction * 100)}%`);
}

/** A fraction from 0 to 1, or null while there is no estimate (the bar slides). */
function setProgress(fraction) {
  const bar = ui.progress;
  bar.classList.toggle('indeterminate', fraction === null);
  if (fraction === null) {
    bar.removeAttribute('aria-valuenow');
  } else {
    bar.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
    bar.firstElementChild.style.width = `${(fraction * 100).toFixed(1)}%`;
  }
}

function finishBusy() {
  clearInterval(busyTimer);
  ui.annotate.disabled = false;
  ui.annotate.removeAttribute('aria-disabled');
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.results.removeAttribute('aria-busy');
  document.body.classList.remove('busy');
  ui.doc.classList.remove('busy');
}

function setStatus(message) {
  ui.status.textContent = message;
}

function showError(message) {
  ui.error.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = 'Problem: ';
  ui.error.append(strong, document.createTextNode(message));
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

// ---------------------------------------------------------------- result

const arr = (x) => (Array.isArray(x) ? x : []);

// What is on show. `current` is the highlight that Tab reaches (a roving
// tabindex); the others are reached with the arrow keys.
const view = {
  text: '',
  result: null,
  current: null,
  hidden: new Set(),
  stepper: new Map(),
};

// The article on show: its text, the model's result (compact: see
// app/compact.js), and the reader's corrections on top of it; `view.result`
// is the corrected result.
const article = { text: '', key: '', model: null, ms: 0, history: new CorrectionHistory() };
let annotatorVersion = '';
// Each drawing has a number; a newer one (or a cancel) makes it stop.
let drawGeneration = 0;

async function showResult(request, packed, key, ms) {
  const model = compactResult(packed, request.text);
  Object.assign(article, { text: request.text, key, model, ms });
  article.history.reset(loadCorrections(key));
  startDrawing();
  const drawn = await render({ onProgress: request.text.length > 200000 ? showDrawingProgress : undefined });
  if (!drawn) return;
  // On narrow screens the result starts below the fold: bring it up.
  const top = ui.results.getBoundingClientRect().top;
  if (top > window.innerHeight * 0.7) {
    ui.results.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
}

/** Draws the corrected result of `article`; resolves to false when a newer drawing took over. */
async function render({ onProgress, focusAt } = {}) {
  hideTooltip();
  popover.close({ restoreFocus: false });
  const generation = ++drawGeneration;
  const { text, model, history } = article;
  const { result, skipped } = applyCorrections(text, model, history.ops);
  if (text.length > 200000) await nextTask();
  if (generation !== drawGeneration) return false;
  const t0 = performance.now();
  Object.assign(view, { text, result, current: null, stepper: new Map() });
  ui.doc.classList.toggle('long', text.length > 50000);
  ui.results.hidden = false;
  const drawn = await drawView(ui.doc, text, result, { onProgress, isStale: () => generation !== drawGeneration });
  if (!drawn) return false;
  setCurrent(null);
  ui.doc.tabIndex = view.current ? -1 : 0;

  // The panels one task each: for a long article each takes a while, and
  // finding the sources of thousands of quotations several.
  const sources = await runSliced(collectSources(text, result));
  if (generation !== drawGeneration) return false;
  for (const renderPanel of [() => renderLegend(result), () => renderEntities(result), () => renderSources(sources), () => renderQuotes(result)]) {
    renderPanel();
    if (text.length > 200000) await nextTask();
    if (generation !== drawGeneration) return false;
  }
  applyFilters();
  showCorrectionState(skipped);
  ui.exports.hidden = false;

  const n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  const parts = [
    n(result.mentions.length, 'mention', 'mentions'),
    n(result.entities.filter((e) => e.mentions.length).length, 'entity', 'entities'),
    n(result.quotes.length, 'quotation', 'quotations'),
  ];
  if (result.boilerplate.length) parts.push(n(result.boilerplate.length, 'block of page clutter', 'blocks of page clutter'));
  ui.stats.textContent = `${parts.join(' · ')} — annotated in ${fmtMs(article.ms)}, drawn in ${fmtMs(performance.now() - t0)}`;
  if (focusAt === undefined) {
    const stale = skipped ? ` ${n(skipped, 'stored correction no longer applies', 'stored corrections no longer apply')}.` : '';
    const applied = history.ops.length - skipped;
    const restored = applied ? ` ${n(applied, 'correction', 'corrections')} restored from this browser.` : '';
    setStatus(`Done: ${parts.join(', ')}.${restored}${stale}`);
  } else {
    focusHighlightAt(focusAt);
  }
  return true;
}

function reducedMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '?';
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------- legend / filters

function legendButton({ key, label, count, swatchClass, pressed }) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'chip';
  b.dataset.filter = key;
  b.setAttribute('aria-pressed', String(pressed));
  const sw = document.createElement('span');
  sw.className = `swatch ${swatchClass}`;
  sw.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'chip-label';
  name.textContent = label;
  const c = document.createElement('span');
  c.className = 'chip-count';
  c.textContent = String(count);
  b.append(sw, name, c);
  b.title = `${pressed ? 'Hide' : 'Show'} ${label.toLowerCase()} highlights`;
  return b;
}

function renderLegend(result) {
  const counts = new Map();
  for (let mi = 0; mi < result.mentions.length; mi++) {
    const type = result.mentions.get(mi, 'type');
    counts.set(type, (counts.get(type) || 0) + 1);
  }
  ui.legend.replaceChildren();
  for (const type of TYPES) {
    const count = counts.get(type) || 0;
    if (!count) continue;
    const b = legendButton({
      key: type, label: typeLabel(type), count, swatchClass: `t-${type}`, pressed: !view.hidden.has(type),
    });
    b.dataset.type = type;
    ui.legend.append(b);
  }
  if (result.quotes.length) {
    ui.legend.append(legendButton({
      key: 'quotes', label: 'Quotations', count: result.quotes.length, swatchClass: 'sw-quote',
      pressed: !view.hidden.has('quotes'),
    }));
  }
  if (result.boilerplate.length) {
    ui.legend.append(legendButton({
      key: 'boilerplate', label: 'Page clutter', count: result.boilerplate.length, swatchClass: 'sw-bp',
      pressed: !view.hidden.has('boilerplate'),
    }));
  }
  if (!ui.legend.childElementCount) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'Nothing was found to highlight.';
    ui.legend.append(p);
  }
}

function toggleFilter(button) {
  const key = button.dataset.filter;
  if (view.hidden.has(key)) view.hidden.delete(key);
  else view.hidden.add(key);
  const shown = !view.hidden.has(key);
  button.setAttribute('aria-pressed', String(shown));
  const label = button.querySelector('.chip-label').textContent.toLowerCase();
  button.title = `${shown ? 'Hide' : 'Show'} ${label} highlights`;
  applyFilters();
  setStatus(`${shown ? 'Showing' : 'Hiding'} ${label}.`);
}

function applyFilters() {
  for (const type of TYPES) ui.doc.classList.toggle(`hide-${type}`, view.hidden.has(type));
  ui.doc.classList.toggle('hide-quotes', view.hidden.has('quotes'));
  ui.doc.classList.toggle('hide-boilerplate', view.hidden.has('boilerplate'));
}

/** The CSS selector of the highlights one can move to: the starts of spans not filtered out. */
function focusSelector() {
  let selector = '[data-focus]';
  for (const type of TYPES) if (view.hidden.has(type)) selector += `:not([data-type="${type}"])`;
  if (view.hidden.has('quotes')) selector += ':not([data-quote])';
  if (view.hidden.has('boilerplate')) selector += ':not([data-boilerplate])';
  return selector;
}

// ---------------------------------------------------------------- panels

/**
 * The entities of the panel, with their mentions in the story: mentions in
 * page clutter (menus, related links, share bars) are left out, and an
 * entity only the clutter names with them.
 */
function entityGroups(result) {
  const { mentions } = result;
  const isMention = (mi) => Number.isInteger(mi) && mi >= 0 && mi < mentions.length && !mentions.get(mi, 'boilerplate');
  if (result.entities.length) {
    return {
      derived: false,
      groups: result.entities
        .map((e, i) => ({
          id: e.id ?? i,
          type: e.type,
          name: e.name || (isMention(e.mentions?.[0]) ? mentions.get(e.mentions[0], 'text') : '') || '?',
          mentions: arr(e.mentions).filter(isMention),
          salience: Number(e.salience) || 0,
        }))
        .filter((g) => g.mentions.length)
        .sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length),
    };
  }
  // No entity linking yet: group mentions by type and text.
  const byKey = new Map();
  for (const [mi, m] of mentions.entries()) {
    if (m.boilerplate) continue;
    const key = `${m.type}\u0000${String(m.text).toLowerCase()}`;
    if (!byKey.has(key)) byKey.set(key, { id: `g${byKey.size}`, type: m.type, name: m.text, mentions: [], salience: 0 });
    byKey.get(key).mentions.push(mi);
  }
  const groups = [...byKey.values()];
  for (const g of groups) g.first = g.mentions[0];
  groups.sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first);
  return { derived: true, groups };
}

function renderEntities(result) {
  const { derived, groups } = entityGroups(result);
  ui.entities.replaceChildren();
  ui.entityCount.textContent = String(groups.length);
  ui.entitiesNote.textContent = derived && groups.length
    ? 'Grouped by spelling (entity linking is not available yet). Click one to step through its mentions.'
    : 'Most central first. Click one to step through its mentions.';
  ui.entitiesNote.hidden = !groups.length;
  if (!groups.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No names or numbers were found.';
    ui.entities.append(li);
    return;
  }
  fillList(ui.entities, groups, (g) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'entity';
    b.dataset.type = g.type;
    b.dataset.group = String(g.id);
    const sw = document.createElement('span');
    sw.className = `swatch t-${g.type}`;
    sw.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'entity-name';
    name.textContent = g.name;
    const type = document.createElement('span');
    type.className = 'entity-type';
    type.textContent = typeLabel(g.type);
    const count = document.createElement('span');
    count.className = 'entity-count';
    count.textContent = `×${g.mentions.length}`;
    count.setAttribute('aria-label', `${g.mentions.length} ${g.mentions.length === 1 ? 'mention' : 'mentions'}`);
    const step = document.createElement('span');
    step.className = 'entity-step';
    step.setAttribute('aria-live', 'polite');
    b.append(sw, name, type, count, step);
    b.addEventListener('click', () => stepEntity(g, b));
    li.append(b);
    return li;
  });
}

const LIST_STEP = 200;

/**
 * Fills a panel's list with the first LIST_STEP items (of an array or a
 * Table) and a button for the next ones, so that thousands of quotations
 * do not hold up the page.
 */
function fillList(list, items, makeItem) {
  list.replaceChildren();
  let shown = 0;
  const moreItem = document.createElement('li');
  moreItem.className = 'more';
  const more = document.createElement('button');
  more.type = 'button';
  moreItem.append(more);
  const showMore = () => {
    const fragment = document.createDocumentFragment();
    const until = Math.min(items.length, shown + LIST_STEP);
    for (; shown < until; shown++) fragment.append(makeItem(items.at(shown), shown));
    moreItem.remove();
    list.append(fragment);
    if (shown < items.length) {
      more.textContent = `Show ${Math.min(LIST_STEP, items.length - shown)} more (${items.length - shown} not shown)`;
      list.append(moreItem);
    }
  };
  more.addEventListener('click', () => {
    showMore();
    more.focus();
  });
  showMore();
}

function stepEntity(group, button) {
  stepThrough(ui.entities, button, group.id, 'data-mention', group.mentions);
}

/**
 * Each click on a panel's button goes to the next of its highlights (the
 * mentions or quotations of these indices, as `attribute` names them),
 * "i / n" shown beside it.
 */
function stepThrough(list, button, key, attribute, indices) {
  const i = ((view.stepper.get(key) ?? -1) + 1) % indices.length;
  view.stepper.set(key, i);
  button.querySelector('.entity-step').textContent = `${i + 1} / ${indices.length}`;
  for (const other of list.querySelectorAll('[aria-current]')) other.removeAttribute('aria-current');
  button.setAttribute('aria-current', 'true');
  const el = startElement(ui.doc, attribute, indices[i]);
  if (el) goTo(el, { focus: false });
}

/**
 * The sources panel, of collectSources' {sources, descriptions,
 * unattributed}: named speakers first, then those only described (marked
 * so), then how many quotations have no speaker.
 */
function renderSources({ sources, descriptions, unattributed }) {
  const all = [...sources, ...descriptions, ...(unattributed ? [unattributed] : [])];
  ui.sourceCount.textContent = String(sources.length + descriptions.length);
  if (!all.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'Nobody is quoted.';
    ui.sources.replaceChildren(li);
    return;
  }
  const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  const badge = (text, title) => {
    const flag = document.createElement('span');
    flag.className = 'badge flag';
    flag.textContent = text;
    if (title) flag.title = title;
    return flag;
  };
  fillList(ui.sources, all, (source) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'entity source';
    const name = document.createElement('span');
    name.className = 'entity-name';
    if (source === unattributed) {
      name.append(badge('no speaker', 'Quotations whose speaker the text does not make clear'));
    } else {
      name.textContent = source.name;
      if (source.described) name.append(' ', badge('described', 'A speaker the text describes but does not name'));
    }
    const count = document.createElement('span');
    count.className = 'entity-type';
    count.textContent = `${plural(source.quotes.length, 'quotation', 'quotations')} · ${plural(source.words, 'word', 'words')}`;
    const step = document.createElement('span');
    step.className = 'entity-step';
    step.setAttribute('aria-live', 'polite');
    b.append(name, count, step);
    b.addEventListener('click', () => stepThrough(ui.sources, b, `source:${source.key}`, 'data-quote', source.quotes));
    li.append(b);
    return li;
  });
}

function renderQuotes(result) {
  ui.quotes.replaceChildren();
  ui.quoteCount.textContent = String(result.quotes.length);
  if (!result.quotes.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No quotations were found.';
    ui.quotes.append(li);
    return;
  }
  fillList(ui.quotes, result.quotes, (q, qi) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'quote-item';
    b.dataset.quote = String(qi);
    b.dataset.kind = String(q.kind || 'direct');

    const head = document.createElement('span');
    head.className = 'quote-head';
    const kind = document.createElement('span');
    kind.className = 'badge kind';
    kind.textContent = QUOTE_KIND_SHORT[q.kind] || String(q.kind || 'quote');
    kind.title = QUOTE_KIND_LABELS[q.kind] || '';
    head.append(kind);
    const name = speakerName(q, result);
    if (name) {
      const sp = document.createElement('span');
      sp.className = 'quote-speaker';
      sp.textContent = name;
      head.append(sp);
    } else if (needsSpeaker(q.kind)) {
      const flag = document.createElement('span');
      flag.className = 'badge flag';
      flag.textContent = 'unattributed';
      head.append(flag);
    }
    if (q.cue && q.cue.text) {
      const cue = document.createElement('span');
      cue.className = 'quote-cue';
      cue.textContent = `cue: ${q.cue.text}`;
      head.append(cue);
    }
    if (q.boilerplate) {
      const bp = document.createElement('span');
      bp.className = 'badge bp-badge';
      bp.textContent = 'boilerplate';
      head.append(bp);
    }
    if (q.corrected) {
      const fixed = document.createElement('span');
      fixed.className = 'badge fixed';
      fixed.textContent = 'corrected';
      head.append(fixed);
    }
    const body = document.createElement('span');
    body.className = 'quote-text';
    body.textContent = q.text;
    b.append(head, body);
    b.addEventListener('click', () => {
      for (const other of ui.quotes.querySelectorAll('.quote-item[aria-current]')) other.removeAttribute('aria-current');
      b.setAttribute('aria-current', 'true');
      const el = startElement(ui.doc, 'data-quote', qi);
      if (el) goTo(el, { focus: false });
    });
    li.append(b);
    return li;
  });
}

// ---------------------------------------------------------------- navigation in the article

/** Makes `el` the highlight that Tab reaches; null: the first of the article. */
function setCurrent(el) {
  if (view.current) view.current.tabIndex = -1;
  view.current = el ?? ui.doc.querySelector('[data-focus]');
  if (view.current) view.current.tabIndex = 0;
}

/** The highlight to move to from `el` with the arrow keys (step 1 or -1), in reading order; null at either end. */
function neighbour(el, step) {
  const selector = focusSelector();
  const walker = document.createTreeWalker(ui.doc, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node.matches(selector) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  walker.currentNode = el;
  return step > 0 ? walker.nextNode() : walker.previousNode();
}

const lastOf = (list) => (list.length ? list[list.length - 1] : null);

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

function goTo(el, { focus }) {
  if (el.dataset.focus !== undefined) setCurrent(el);
  el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  flash(el);
  if (focus) el.focus({ preventScroll: true });
  else showTooltip(el);
}

function onDocKeydown(event) {
  const el = event.target.closest && event.target.closest('[data-focus]');
  if (event.key === 'Escape') {
    hideTooltip();
    return;
  }
  if (!el) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openEditor(el);
    return;
  }
  let target;
  if (event.key === 'ArrowRight' || event.key === 'ArrowDown') target = neighbour(el, 1);
  else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') target = neighbour(el, -1);
  else if (event.key === 'Home') target = ui.doc.querySelector(focusSelector());
  else if (event.key === 'End') target = lastOf(ui.doc.querySelectorAll(focusSelector()));
  else return;
  event.preventDefault();
  if (!target) return;
  setCurrent(target);
  target.focus();
}

// ---------------------------------------------------------------- tooltip

let tipTarget = null;
let hideTimer = 0;

function linked(el, on) {
  const q = el.dataset.quote !== undefined ? el : el.closest('.q');
  if (!q) return;
  const qi = q.dataset.quote;
  for (const x of ui.doc.querySelectorAll(`[data-speaker-of~="${qi}"], [data-cue-of~="${qi}"]`)) {
    x.classList.toggle('linked', on);
  }
}

function showTooltip(el, point) {
  clearTimeout(hideTimer);
  if (!view.result) return;
  const rows = describeHighlight(el, view.result, QUOTE_KIND_LABELS);
  if (!rows.length) return;
  if (tipTarget && tipTarget !== el) {
    tipTarget.removeAttribute('aria-describedby');
    linked(tipTarget, false);
  }
  tipTarget = el;
  const tip = ui.tooltip;
  tip.replaceChildren();
  for (const [label, value, extra] of rows) {
    if (label === 'type') {
      const head = document.createElement('div');
      head.className = 'tip-head';
      const sw = document.createElement('span');
      sw.className = `swatch t-${extra}`;
      const t = document.createElement('span');
      t.textContent = value;
      head.append(sw, t);
      tip.append(head);
      continue;
    }
    if (label === 'kind') {
      const head = document.createElement('div');
      head.className = 'tip-head';
      const sw = document.createElement('span');
      sw.className = 'swatch sw-quote';
      const t = document.createElement('span');
      t.textContent = value;
      head.append(sw, t);
      tip.append(head);
      continue;
    }
    const row = document.createElement('div');
    row.className = 'tip-row';
    const k = document.createElement('span');
    k.className = 'tip-key';
    k.textContent = `${label}:`;
    const v = document.createElement('span');
    v.className = extra === 'unknown' ? 'tip-val unknown' : 'tip-val';
    v.textContent = value;
    row.append(k, document.createTextNode(' '), v);
    tip.append(row);
  }
  tip.hidden = false;
  el.setAttribute('aria-describedby', 'tooltip');
  linked(el, true);
  positionTooltip(el, point);
}

function positionTooltip(el, point) {
  const tip = ui.tooltip;
  const rects = [...el.getClientRects()];
  // Under the line the pointer is on (a highlight may wrap), else its first line.
  const r = (point && rects.find((x) => point.y >= x.top && point.y <= x.bottom)) || rects[0] || el.getBoundingClientRect();
  const margin = 8;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let left = Math.min(Math.max(margin, r.left), window.innerWidth - w - margin);
  let top = r.bottom + 6;
  if (top + h > window.innerHeight - margin && r.top - h - 6 > margin) top = r.top - h - 6;
  left = Math.max(margin, left);
  tip.style.left = `${Math.round(left + window.scrollX)}px`;
  tip.style.top = `${Math.round(top + window.scrollY)}px`;
}

function hideTooltip() {
  clearTimeout(hideTimer);
  ui.tooltip.hidden = true;
  if (tipTarget) {
    tipTarget.removeAttribute('aria-describedby');
    linked(tipTarget, false);
  }
  tipTarget = null;
}

function scheduleHide() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hideTooltip, 150);
}

/** The highlight a node is in: the start of its mention, else of its quotation; null when none. */
function highlightFrom(node) {
  if (!node || !node.closest) return null;
  const m = node.closest('.m:not([data-cont])') || node.closest('.m');
  if (m && ui.doc.contains(m)) return spanStart(m, 'data-mention');
  const q = node.closest('.q');
  if (q && ui.doc.contains(q)) return spanStart(q, 'data-quote');
  return null;
}

/** The element where the span of `el` starts: itself, unless it is a continuation. */
function spanStart(el, attribute) {
  if (el.dataset.cont === undefined) return el;
  return startElement(ui.doc, attribute, el.getAttribute(attribute)) || el;
}

// ---------------------------------------------------------------- corrections

const OP_DONE = {
  type: (op) => `Type changed to ${typeLabel(op.type)}`,
  remove: () => 'Mention removed',
  add: (op) => `Marked as ${typeLabel(op.type)}`,
  speaker: (op) => (op.speaker ? 'Speaker changed' : 'Speaker removed'),
};

function correct(op) {
  article.history.push(op);
  afterCorrection(`${OP_DONE[op.op](op)}.`, op.start);
}

function undo() {
  if (article.history.undo()) afterCorrection('Correction undone.');
}

function redo() {
  if (article.history.redo()) afterCorrection('Correction redone.');
}

function clearCorrections() {
  article.history.clear();
  afterCorrection('All corrections removed (Undo brings them back).');
}

async function afterCorrection(message, focusAt = null) {
  const saved = saveCorrections(article.key, article.history.ops);
  await render({ focusAt });
  setStatus(saved ? message : `${message} This browser would not store it: it is lost on reload.`);
}

/** Undo, redo and the count of corrections in effect: `stale` stored ones no longer apply to this text. */
function showCorrectionState(stale) {
  const { history } = article;
  const count = history.ops.length - stale;
  ui.undo.disabled = !history.canUndo;
  ui.redo.disabled = !history.canRedo;
  ui.clearCorrections.hidden = !history.ops.length;
  ui.correctionCount.textContent = (count ? `${count} ${count === 1 ? 'correction' : 'corrections'}` : 'No corrections') +
    (stale ? ` (${stale} no longer ${stale === 1 ? 'applies' : 'apply'})` : '');
}

/** After a correction, focus the highlight that starts where it did, if one still does. */
function focusHighlightAt(start) {
  if (start === null) return;
  const el = drawnStartingAt(view.result.mentions, 'data-mention', start) ??
    drawnStartingAt(view.result.quotes, 'data-quote', start);
  if (el) {
    setCurrent(el);
    el.focus({ preventScroll: true });
  }
}

/** The element of the first span of `table` that starts at `start` and is drawn, or null. */
function drawnStartingAt(table, attribute, start) {
  const starts = table.column('start');
  for (let i = 0; i < table.length; i++) {
    const el = starts[i] === start ? startElement(ui.doc, attribute, i) : null;
    if (el) return el;
  }
  return null;
}

/** The popover for a highlight: its mention, and the quotation it lies in. */
function openEditor(el) {
  const sections = [];
  if (el.dataset.mention !== undefined) {
    sections.push(mentionSection(view.result.mentions.at(Number(el.dataset.mention)), correct));
  }
  const quoteEl = el.closest('.q');
  if (quoteEl && ui.doc.contains(quoteEl)) {
    sections.push(quoteSection(view.result.quotes.at(Number(quoteEl.dataset.quote)), view.result, correct));
  }
  if (!sections.length) return;
  hideTooltip();
  popover.open(el.getClientRects()[0] ?? el.getBoundingClientRect(), sections, el);
}

const isWordChar = (c) => /[\p{L}\p{N}]/u.test(c ?? '');

/** The selected span of the article in text offsets, widened to whole words, or null. */
function selectedSpan() {
  const selection = getSelection();
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!ui.doc.contains(range.commonAncestorContainer)) return null;
  const text = view.text;
  let start = textOffset(range.startContainer, range.startOffset);
  let end = textOffset(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
  return end > start ? { start, end } : null;
}

/** The text offset of a DOM point in the article: its line's start plus the text before it in the line. */
function textOffset(node, offset) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const line = element.closest('.para');
  const from = line && ui.doc.contains(line) ? line : ui.doc;
  const range = document.createRange();
  range.setStart(from, 0);
  range.setEnd(node, offset);
  return (from === ui.doc ? 0 : Number(from.dataset.start)) + range.toString().length;
}

function openSelectionEditor() {
  if (!view.result || popover.isOpen) return;
  const span = selectedSpan();
  if (!span) return;
  const rects = getSelection().getRangeAt(0).getClientRects();
  hideTooltip();
  popover.open(rects[rects.length - 1], [selectionSection(view.text, span, view.result, correct)], null);
}

// ---------------------------------------------------------------- export

// Each export reads the result as plain objects, made for it (and let go after).
const EXPORTS = {
  json: (result) => ['json', 'application/json', resultJson(result, { version: annotatorVersion, corrections: article.history.ops })],
  mentions: (result) => ['mentions.csv', 'text/csv', mentionsCsv(view.text, result)],
  quotes: (result) => ['quotations.csv', 'text/csv', quotesCsv(view.text, result)],
  annotations: (result) => ['annotations.jsonld', 'application/ld+json', webAnnotations(view.text, result, {
    source: `urn:article-annotator:text:${article.key}`,
    label: `Mentions and quotations in “${articleName()}”`,
  })],
};

/** A short name for the article: its title, else its first words. */
function articleName() {
  const title = view.result.title?.text || view.text.trim().split('\n')[0];
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

function exportAs(kind) {
  const [suffix, type, content] = EXPORTS[kind](plainResult(view.result));
  const slug = articleName().toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'article';
  download(`${slug}.${suffix}`, type, content);
  setStatus(`Saved ${slug}.${suffix}.`);
}

/** Saves a file through a Blob URL: nothing leaves the browser. */
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---------------------------------------------------------------- files

// Markup that tells the parts of a web page apart; a paste without any (from
// a word processor, say) is left to the browser.
const PAGE_MARKUP = /<(?:article|main|nav|header|footer|aside|figure|h1)[\s>]/i;

/**
 * A paste of a whole web page (into an empty box, or over all of its text)
 * that carries HTML: the box gets the text of the HTML, and the annotation
 * its structure. Any other paste is the browser's.
 */
function pasteWebPage(event) {
  const html = event.clipboardData?.getData('text/html');
  if (!html || !PAGE_MARKUP.test(html)) return;
  const whole = ui.text.selectionStart === 0 && ui.text.selectionEnd === ui.text.value.length;
  if (!whole) return;
  const { text, structure } = htmlToPage(html);
  if (!/\S/.test(text)) return;
  event.preventDefault();
  setInputText(text);
  pageStructure = { text, structure };
  foldLongPaste();
}

// HTML holds several times its text in markup: a page file may be this many
// times the text limit.
const HTML_OVERHEAD = 4;

async function loadFile(file) {
  if (!file) return;
  hideError();
  const html = looksLikeHtml(file.name, file.type, '');
  if (file.size > maxTextBytes * (html ? HTML_OVERHEAD : 1)) {
    showError(`${file.name} was not opened: it is ${(file.size / 1048576).toFixed(1)} MiB, and the annotator takes ` +
      `at most ${maxTextBytes / 1048576} MiB of text at a time. Your text is unchanged.`);
    return;
  }
  try {
    setStatus(`Reading ${file.name}…`);
    const { text, structure } = await fileToPage(file);
    setInputText(text);
    pageStructure = structure ? { text, structure } : null;
    setStatus(`Loaded ${file.name}.`);
    annotate();
  } catch (e) {
    showError(e instanceof NotTextError ? `${e.message} Your text is unchanged.` : `${file.name} could not be read: ${e.message}`);
    setStatus('');
  }
}

// ---------------------------------------------------------------- wiring

ui.annotate.addEventListener('click', annotate);
ui.text.addEventListener('input', foldLongPaste);
ui.text.addEventListener('paste', pasteWebPage);
ui.unfold.addEventListener('click', () => {
  unfoldInput();
  ui.text.focus();
});
ui.cancel.addEventListener('click', cancel);
ui.clear.addEventListener('click', () => {
  setInputText('');
  ui.text.focus();
  setStatus('');
});
ui.example.addEventListener('click', () => {
  setInputText(EXAMPLE);
  annotate();
});
ui.file.addEventListener('change', () => {
  loadFile(ui.file.files && ui.file.files[0]);
  ui.file.value = '';
});

document.addEventListener('keydown', (event) => {
  const command = event.ctrlKey || event.metaKey;
  if (event.key === 'Enter' && command) {
    event.preventDefault();
    if (!pending) annotate();
  } else if (event.key === 'Escape') {
    if (!ui.tooltip.hidden) hideTooltip();
    popover.close();
  } else if (command && !event.altKey && view.result && !isTextField(event.target)) {
    // Outside the text fields (which have their own undo), Ctrl+Z undoes a correction.
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) { event.preventDefault(); undo(); }
    else if ((key === 'z' && event.shiftKey) || key === 'y') { event.preventDefault(); redo(); }
  }
});

function isTextField(target) {
  return target instanceof Element && target.matches('textarea, input, select, [contenteditable]');
}

ui.undo.addEventListener('click', undo);
ui.redo.addEventListener('click', redo);
ui.clearCorrections.addEventListener('click', clearCorrections);
ui.exports.addEventListener('click', (event) => {
  const b = event.target.closest('[data-export]');
  if (b) exportAs(b.dataset.export);
});

// Selecting text in the article offers to mark it: once the pointer is up
// (not mid-drag), or once a keyboard or touch selection settles.
let pointerDown = false;
let selectionTimer = 0;
document.addEventListener('pointerdown', () => { pointerDown = true; });
document.addEventListener('pointerup', () => {
  pointerDown = false;
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(openSelectionEditor, 10);
});
document.addEventListener('selectionchange', () => {
  clearTimeout(selectionTimer);
  if (!pointerDown) selectionTimer = setTimeout(openSelectionEditor, 400);
});

// Drag and drop: anywhere on the page, so a missed drop never navigates away.
let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
  dragDepth++;
  ui.dropzone.classList.add('dragging');
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.dropzone.classList.remove('dragging');
});
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
});
window.addEventListener('drop', (event) => {
  if (!event.dataTransfer || !event.dataTransfer.files.length) return;
  event.preventDefault();
  dragDepth = 0;
  ui.dropzone.classList.remove('dragging');
  loadFile(event.dataTransfer.files[0]);
});

ui.legend.addEventListener('click', (event) => {
  const b = event.target.closest('.chip');
  if (b) toggleFilter(b);
});

ui.doc.addEventListener('keydown', onDocKeydown);
ui.doc.addEventListener('focusin', (event) => {
  const el = event.target.closest('[data-focus]');
  if (!el) return;
  if (el !== view.current) setCurrent(el);
  showTooltip(el);
});
ui.doc.addEventListener('focusout', (event) => {
  if (!ui.doc.contains(event.relatedTarget)) scheduleHide();
});
ui.doc.addEventListener('mouseover', (event) => {
  if (popover.isOpen) return;
  const el = highlightFrom(event.target);
  if (el) {
    if (el !== tipTarget) showTooltip(el, { x: event.clientX, y: event.clientY });
    else clearTimeout(hideTimer);
  } else if (tipTarget && document.activeElement !== tipTarget) {
    scheduleHide();
  }
});
ui.doc.addEventListener('mouseleave', () => {
  if (tipTarget && document.activeElement !== tipTarget) scheduleHide();
});
ui.doc.addEventListener('click', (event) => {
  const el = highlightFrom(event.target);
  if (!el || el.dataset.focus === undefined || !getSelection().isCollapsed) return;
  setCurrent(el);
  openEditor(el);
});
ui.tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
ui.tooltip.addEventListener('mouseleave', scheduleHide);
window.addEventListener('resize', () => { if (tipTarget) positionTooltip(tipTarget); });
ui.doc.addEventListener('animationend', (event) => event.target.classList.remove('flash'));

startWorker();
setTimeout(openStorage, 0);
document.documentElement.classList.add('js');
