// The page: a reader's workbench. Sends the text to a module worker that
// runs the WebAssembly annotator, renders the result, takes the reader's
// corrections (app/corrections.js) and keeps the work in this browser
// (app/workspace.js). User text only ever becomes DOM text nodes
// (textContent / createTextNode), never markup.

import { TYPES, QUOTE_KIND_LABELS, NOT_ENGLISH, typeLabel } from "./shared/labels.js";
import { drawView, describeHighlight, startElement, nextTask, runSliced } from "./app/render.js";
import { compactResult, plainResult } from "./app/compact.js";
import { fileToPage, htmlToPage, looksLikeHtml, NotTextError } from "./app/text-import.js";
import { applyCorrections, upgradeOps, reanchorOps, describeOp, CorrectionHistory } from "./app/corrections.js";
import {
  Popover,
  mentionSection,
  quoteSection,
  selectionSection,
  entitySection,
  explanationSection,
  describeNodes,
  el,
} from "./app/editor.js";
import { collectSources } from "./app/sources.js";
import { renderEntities, renderSources, renderQuotes } from "./app/panels.js";
import { resultJson, mentionsCsv, quotesCsv, entitiesCsv, sourcesCsv, webAnnotations } from "./app/export.js";
import { Workspace, newArticleId } from "./app/workspace.js";
import { isEditOf } from "./app/text-edit.js";
import { takeEarlyWorker, newAnnotatorWorker } from "./app/early-worker.js";

const $ = (id) => document.getElementById(id);
const ui = {
  input: $("input"),
  text: $("text"),
  folded: $("folded"),
  foldedSize: $("folded-size"),
  unfold: $("unfold"),
  dropzone: $("dropzone"),
  sourceTitle: $("source-title"),
  sourceUrl: $("source-url"),
  annotate: $("annotate"),
  cancel: $("cancel"),
  file: $("file"),
  example: $("example"),
  clear: $("clear"),
  status: $("status"),
  progress: $("progress"),
  recent: $("recent"),
  recentCount: $("recent-count"),
  recentList: $("recent-list"),
  forgetAll: $("forget-all"),
  forgetConfirm: $("forget-confirm"),
  forgetYes: $("forget-yes"),
  forgetNo: $("forget-no"),
  error: $("error"),
  results: $("results"),
  toolbar: $("toolbar"),
  stats: $("stats"),
  legend: $("legend"),
  legendWrap: $("legend-wrap"),
  keyToggle: $("key-toggle"),
  labelsToggle: $("labels-toggle"),
  helpToggle: $("help-toggle"),
  saved: $("saved"),
  doc: $("doc"),
  entities: $("entities"),
  entitiesSummary: $("entities-summary"),
  entityCount: $("entity-count"),
  quotes: $("quotes"),
  quotesSummary: $("quotes-summary"),
  quoteCount: $("quote-count"),
  sources: $("sources"),
  sourcesSummary: $("sources-summary"),
  sourceCount: $("source-count"),
  tooltip: $("tooltip"),
  version: $("version"),
  undo: $("undo"),
  redo: $("redo"),
  clearCorrections: $("clear-corrections"),
  lostCorrections: $("lost-corrections"),
  correctionCount: $("correction-count"),
  exportButton: $("export-button"),
  exports: $("exports"),
};
const popover = new Popover($("editor"));
const workspace = new Workspace();

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

/**
 * Starts the worker, or takes over the one app/early-worker.js started at page
 * load; `announce` says so in the status line (not after a cancel, which says
 * "Cancelled.").
 */
function startWorker({ announce = true } = {}) {
  workerReady = false;
  const early = takeEarlyWorker();
  try {
    worker = early?.worker ?? newAnnotatorWorker();
  } catch (e) {
    worker = null;
    showError(`This browser cannot start the annotator (module workers are needed): ${e.message}`);
    return;
  }
  worker.addEventListener("message", onWorkerMessage);
  worker.addEventListener("error", onWorkerError);
  if (announce) setStatus(pending ? "Annotating…" : "Loading the annotator…");
  for (const event of early?.events ?? []) {
    if (event.type === "error") onWorkerError(event);
    else onWorkerMessage(event);
  }
}

function onWorkerError(event) {
  event.preventDefault();
  const detail = event.message ? `: ${event.message}` : "";
  failPending(`The annotator worker stopped${detail}.`);
  showError(`The annotator could not be started${detail}. Reload the page to try again.`);
  worker = null;
}

function onWorkerMessage(event) {
  const msg = event.data || {};
  switch (msg.type) {
    case "ready":
      workerReady = true;
      if (msg.maxTextBytes > 0) maxTextBytes = msg.maxTextBytes;
      if (msg.version) {
        annotatorVersion = msg.version;
        ui.version.textContent = `Annotator ${msg.version}`;
      }
      if (!pending && ui.status.textContent.startsWith("Loading the annotator")) setStatus("Ready.");
      break;
    case "init-error":
      showError(`The annotator could not be loaded: ${msg.message}`);
      setStatus("");
      break;
    case "result":
      if (!pending || msg.id !== pending.id) return;
      rememberThroughput(pending.text.length, msg.ms);
      showResult(pending, msg.result, msg.key, msg.ms)
        .catch((e) => {
          showError(`The result could not be shown: ${e.message}`);
          console.warn(e);
        })
        .finally(() => {
          if (pending && pending.id === msg.id) {
            pending = null;
            finishBusy();
          }
        });
      break;
    case "error":
      if (!pending || msg.id !== pending.id) return;
      failPending(
        msg.stage === "load"
          ? `The annotator could not be loaded: ${msg.message}`
          : `Annotation failed: ${msg.message}`,
      );
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
  setStatus("");
}

// What the markup of the text in the box said about the page's shape (a
// dropped .html file, a paste that carried HTML): {text, structure}, kept
// while the box holds that very text.
let pageStructure = null;

/**
 * Annotates the text of the box. `intent` says what it is: 'new' (a file,
 * the example: another article), {restore: record} (an article kept in
 * this browser) or, by default, whatever it turns out to be (the article on
 * show, edited; one kept with this very text; or a new one).
 */
function annotate(intent = "auto") {
  // A new text (an example, a dropped file) supersedes a run still going.
  if (pending) cancel();
  const text = boxText();
  hideError();
  if (!/\S/.test(text)) {
    setStatus("Paste or type an article first.");
    ui.text.focus();
    return;
  }
  if (!worker) startWorker();
  if (!worker) return;
  pending = { id: nextId++, text, t0: performance.now(), intent };
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
    target.postMessage({ type: "text", id, part: text.slice(from, from + TEXT_PART) });
    await nextTask();
    if (target !== worker || pending?.id !== id) return;
  }
  target.postMessage({ type: "annotate", id, text: text.slice(from), structure });
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
  ui.text.value = "";
  ui.text.hidden = true;
  ui.folded.hidden = false;
  ui.foldedSize.textContent = `A long article (${text.length.toLocaleString("en")} characters) is in the text box, folded away while you read.`;
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

/** The text in the box (folded or not). */
function boxText() {
  return foldedText ?? ui.text.value;
}

function cancel() {
  if (!pending) return;
  pending = null;
  drawGeneration++;
  if (worker) worker.terminate();
  worker = null;
  finishBusy();
  startWorker({ announce: false });
  setStatus("Cancelled.");
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
  ui.annotate.setAttribute("aria-disabled", "true");
  ui.cancel.hidden = false;
  ui.progress.hidden = false;
  setProgress(null);
  ui.results.setAttribute("aria-busy", "true");
  // The page's busy flag (tests wait on it); the article dims with its own class (style.css).
  document.body.classList.add("busy");
  ui.doc.classList.add("busy");
  setStatus(workerReady ? "Annotating…" : "Loading the annotator…");
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
    setStatus(
      elapsed < expectedMs ? `Annotating… about ${left} s left` : `Annotating… ${(elapsed / 1000).toFixed(0)} s`,
    );
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
  bar.classList.toggle("indeterminate", fraction === null);
  if (fraction === null) {
    bar.removeAttribute("aria-valuenow");
  } else {
    bar.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
    bar.firstElementChild.style.width = `${(fraction * 100).toFixed(1)}%`;
  }
}

function finishBusy() {
  clearInterval(busyTimer);
  ui.annotate.disabled = false;
  ui.annotate.removeAttribute("aria-disabled");
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.results.removeAttribute("aria-busy");
  document.body.classList.remove("busy");
  ui.doc.classList.remove("busy");
}

function setStatus(message) {
  ui.status.textContent = message;
}

function showError(message) {
  ui.error.replaceChildren();
  ui.error.append(el("strong", { textContent: "Problem: " }), document.createTextNode(message));
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

// ---------------------------------------------------------------- the article and its view

const PANEL_TABS = ["entities", "sources", "quotes"];

/** How the article is viewed: kept with it, and restored with it. */
function defaultView() {
  return { hidden: new Set(), labels: false, tab: "entities", phoneTab: "article", at: null };
}

// What is on show. `current` is the highlight that Tab reaches (a roving
// tabindex); the others are reached with the arrow keys. `notApplied`: the
// corrections in the history that did not apply to this result.
const view = {
  text: "",
  result: null,
  current: null,
  stepper: new Map(),
  notApplied: [],
  ...defaultView(),
};

// The article on show: its text, the model's result (compact: see
// app/compact.js), the reader's corrections on top of it, those that could
// not be found again after an edit of its text (`lost`), and where it is
// kept (`id`: null until it is annotated). `view.result` is the corrected
// result.
const article = {
  id: null,
  text: "",
  key: "",
  model: null,
  ms: 0,
  history: new CorrectionHistory(),
  lost: [],
  url: "",
  title: "",
  created: 0,
  savedKey: "",
};
let annotatorVersion = "";
// Each drawing has a number; a newer one (or a cancel) makes it stop.
let drawGeneration = 0;
// Whether the reader typed the title or URL since they were last an article's.
let fieldsTyped = false;

/**
 * Which article a text annotated just now is, and its corrections:
 * {record, ops, lost, how}: 'restored' (as asked), 'again' (a text kept
 * here, the very same), 'edited' (the article on show, its text changed:
 * its corrections found again where they can be) or 'new'.
 */
async function articleFor(text, key, intent) {
  if (intent?.restore) {
    const record = intent.restore;
    return { record, ops: record.ops ?? [], lost: record.lost ?? [], how: "restored" };
  }
  const kept = await workspace.findByKey(key).catch(() => null);
  if (kept) return { record: kept, ops: kept.ops ?? [], lost: kept.lost ?? [], how: "again" };
  if (intent !== "new" && article.id && isEditOf(article.text, text)) {
    const moved = reanchorOps(article.text, text, article.history.ops);
    // Those lost before may be back (an edit undone).
    const back = reanchorOps(text, text, article.lost);
    return {
      record: { id: article.id, created: article.created, url: article.url, title: article.title, view: viewRecord() },
      ops: [...moved.ops, ...back.ops],
      lost: [...moved.lost, ...back.lost],
      how: "edited",
    };
  }
  const legacy = upgradeOps(text, workspace.takeLegacyCorrections(key));
  return { record: { id: newArticleId(), created: Date.now() }, ops: legacy, lost: [], how: "new" };
}

async function showResult(request, packed, key, ms) {
  const model = compactResult(packed, request.text);
  const { record, ops, lost, how } = await articleFor(request.text, key, request.intent);
  if (pending?.id !== request.id) return;
  // The title and URL: as typed (for this text), else the article's own (none for a new one).
  const fromFields = fieldsTyped || how === "edited";
  const fields = fromFields
    ? { url: ui.sourceUrl.value.trim(), title: ui.sourceTitle.value.trim() }
    : how === "new"
      ? { url: "", title: "" }
      : { url: record.url ?? "", title: record.title ?? "" };
  Object.assign(article, {
    id: record.id,
    text: request.text,
    key,
    model,
    ms,
    lost,
    created: record.created ?? Date.now(),
    ...fields,
    // Its text is kept already.
    savedKey: how === "restored" || how === "again" ? `${record.id}:${key}` : article.savedKey,
  });
  ui.sourceUrl.value = article.url;
  ui.sourceTitle.value = article.title;
  fieldsTyped = false;
  article.history.reset(ops);
  // A new article is seen as the last one was, labels and all; filters, tabs and place start afresh.
  if (how !== "edited") applyViewRecord(record.view ?? { labels: view.labels });
  startDrawing();
  const drawn = await render({ onProgress: request.text.length > 200000 ? showDrawingProgress : undefined, how });
  if (!drawn) return;
  if (how === "restored" || how === "again") restoreScroll();
  persist();
  // On narrow screens the result starts below the fold: bring it up.
  const top = ui.results.getBoundingClientRect().top;
  if (how !== "restored" && top > window.innerHeight * 0.7) {
    ui.results.scrollIntoView({ block: "start", behavior: reducedMotion() ? "auto" : "smooth" });
  }
}

/** Draws the corrected result of `article`; resolves to false when a newer drawing took over. */
async function render({ onProgress, focusAt, how } = {}) {
  hideTooltip();
  popover.close({ restoreFocus: false });
  const generation = ++drawGeneration;
  const { text, model, history } = article;
  const { result, notApplied } = applyCorrections(text, model, history.ops);
  if (text.length > 200000) await nextTask();
  if (generation !== drawGeneration) return false;
  const t0 = performance.now();
  Object.assign(view, { text, result, notApplied, current: null, stepper: new Map() });
  ui.doc.classList.toggle("long", text.length > 50000);
  applyFilters();
  ui.results.hidden = false;
  const drawn = await drawView(ui.doc, text, result, { onProgress, isStale: () => generation !== drawGeneration });
  if (!drawn) return false;
  setCurrent(null);

  // The panels one task each: for a long article each takes a while, and
  // finding the sources of thousands of quotations several.
  const sources = await runSliced(collectSources(text, result));
  if (generation !== drawGeneration) return false;
  const handlers = { step: stepThrough, editEntity: openEntityEditor, find: findQuote };
  for (const renderPanel of [
    () => renderLegend(result),
    () => renderEntities(ui, result, handlers),
    () => renderSources(ui, sources, handlers),
    () => renderQuotes(ui, result, handlers),
  ]) {
    renderPanel();
    if (text.length > 200000) await nextTask();
    if (generation !== drawGeneration) return false;
  }
  showTabs();
  showCorrectionState();

  const parts = [
    plural(result.mentions.length, "mention", "mentions"),
    plural(result.entities.filter((e) => e.mentions.length).length, "entity", "entities"),
    plural(result.quotes.length, "quotation", "quotations"),
  ];
  if (result.boilerplate.length)
    parts.push(plural(result.boilerplate.length, "block of page clutter", "blocks of page clutter"));
  // The recognizer knows English names only: say why a German article shows none.
  const notEnglish = result.language === "other" ? `${NOT_ENGLISH} ` : "";
  ui.stats.textContent = `${notEnglish}${parts.join(" · ")} — annotated in ${fmtMs(article.ms)}, drawn in ${fmtMs(performance.now() - t0)}`;
  if (how) setStatus(`Done: ${parts.join(", ")}.${correctionNews(how)}${notEnglish ? ` ${NOT_ENGLISH}` : ""}`);
  else focusHighlightAt(focusAt);
  return true;
}

/** What became of the article's corrections when it was annotated (`how`: articleFor's). */
function correctionNews(how) {
  const { applied, stale, unanchored } = correctionCounts();
  const lost = article.lost.length + unanchored;
  let news = "";
  if (how === "edited" && (applied || lost)) {
    news = ` The text changed: ${plural(applied, "correction", "corrections")} found again`;
    news += lost ? `, ${lost} could not be found in the new text (see “${ui.lostCorrections.textContent}”).` : ".";
  } else if (applied) {
    news = ` ${plural(applied, "correction", "corrections")} restored from this browser.`;
  }
  if (stale) news += ` ${plural(stale, "stored correction no longer applies", "stored corrections no longer apply")}.`;
  if (how !== "edited" && lost)
    news += ` ${plural(lost, "correction", "corrections")} could not be found in this text.`;
  return news;
}

function reducedMotion() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function fmtMs(ms) {
  if (!Number.isFinite(ms)) return "?";
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------- keeping the work

/** The view as kept with the article. */
function viewRecord() {
  return { hidden: [...view.hidden], labels: view.labels, tab: view.tab, phoneTab: view.phoneTab, at: view.at };
}

function applyViewRecord(record) {
  const fresh = defaultView();
  if (record && typeof record === "object") {
    fresh.hidden = new Set(Array.isArray(record.hidden) ? record.hidden.map(String) : []);
    fresh.labels = record.labels === true;
    if (PANEL_TABS.includes(record.tab)) fresh.tab = record.tab;
    if (["article", ...PANEL_TABS].includes(record.phoneTab)) fresh.phoneTab = record.phoneTab;
    if (Number.isInteger(record.at)) fresh.at = record.at;
  }
  Object.assign(view, fresh);
  ui.labelsToggle.setAttribute("aria-pressed", String(view.labels));
}

/** A short name for the article: the reader's title, else its own, else its first words. */
function articleName() {
  const title = article.title || view.result?.title?.text || article.text.trim().split("\n")[0] || "Untitled";
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

let saving = Promise.resolve();
let viewTimer = 0; // a view change waiting to be kept (viewChanged)
let savesPending = 0;

/**
 * Keeps the article in this browser (its text once per text; its
 * corrections, fields and view each time), in order.
 */
function persist() {
  if (!article.id || !article.model) return;
  const record = {
    id: article.id,
    key: article.key,
    name: articleName(),
    title: article.title,
    url: article.url,
    chars: article.text.length,
    ops: article.history.ops,
    lost: article.lost,
    view: viewRecord(),
    created: article.created,
  };
  const text = article.savedKey === `${article.id}:${article.key}` ? null : article.text;
  article.savedKey = `${article.id}:${article.key}`;
  workspace.openId = article.id;
  savesPending++;
  showSaved();
  saving = saving
    .then(() => workspace.save(record, text))
    .then(
      () => {
        savesPending--;
        showSaved();
        refreshRecent();
      },
      (error) => {
        savesPending--;
        if (text !== null) article.savedKey = "";
        showSaved(error);
      },
    );
}

function showSaved(error) {
  if (error) {
    ui.saved.textContent = "Not kept: this browser refused to store it";
    ui.saved.dataset.state = "failed";
  } else {
    // A view change waiting for its moment is not kept yet either.
    const pending = savesPending > 0 || viewTimer !== 0;
    ui.saved.textContent = pending ? "Saving…" : "Kept in this browser";
    ui.saved.dataset.state = pending ? "saving" : "saved";
  }
}

/** The view changed (a filter, the labels, a tab, the scroll): kept a moment later. */
function viewChanged() {
  clearTimeout(viewTimer);
  viewTimer = setTimeout(keepView, 400);
  showSaved();
}

/** Keeps a view change now rather than later (also as the page goes away). */
function keepView() {
  if (viewTimer === 0) return;
  clearTimeout(viewTimer);
  viewTimer = 0;
  persist();
  showSaved();
}
addEventListener("pagehide", keepView);

/** The text offset of the first line of the article in view (below the toolbar). */
function lineInView() {
  const rect = ui.doc.getBoundingClientRect();
  const y = Math.max(rect.top, ui.toolbar.getBoundingClientRect().bottom) + 4;
  if (y > window.innerHeight || rect.bottom < y) return null;
  const node = document.elementFromPoint(rect.left + 8, y);
  const line = node?.closest?.(".para");
  return line && ui.doc.contains(line) ? Number(line.dataset.start) : null;
}

function restoreScroll() {
  if (view.at === null || (view.phoneTab !== "article" && isNarrow())) return;
  let line = null;
  for (const candidate of ui.doc.querySelectorAll(".para")) {
    if (Number(candidate.dataset.start) > view.at) break;
    line = candidate;
  }
  if (!line || Number(line.dataset.start) === 0) return;
  const top = line.getBoundingClientRect().top + window.scrollY - ui.toolbar.offsetHeight - 8;
  window.scrollTo({ top, behavior: "instant" });
}

function onScroll() {
  if (!view.result || ui.results.hidden || document.body.classList.contains("busy")) return;
  const at = lineInView();
  if (at !== null && at !== view.at) {
    view.at = at;
    viewChanged();
  }
}

/** The recent articles, with buttons to open or forget each. */
async function refreshRecent() {
  const all = await workspace.list().catch(() => []);
  ui.recent.hidden = all.length === 0;
  ui.recentCount.textContent = String(all.length);
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
  ui.recentList.replaceChildren(
    ...all.map((record) => {
      const corrections = record.ops?.length ?? 0;
      const details =
        `${when.format(record.updated)} · ${record.chars.toLocaleString("en")} characters` +
        (corrections ? ` · ${plural(corrections, "correction", "corrections")}` : "");
      const open = el(
        "button",
        { type: "button", className: "recent-open" },
        el("span", { className: "recent-name" }, record.name || "Untitled"),
        el("span", { className: "muted" }, details),
      );
      if (record.id === article.id && !ui.results.hidden) open.setAttribute("aria-current", "true");
      open.addEventListener("click", () => openKept(record.id));
      const forget = el("button", { type: "button", className: "recent-remove", textContent: "×" });
      forget.setAttribute("aria-label", `Forget “${record.name || "Untitled"}”`);
      forget.title = "Forget this article";
      forget.addEventListener("click", () => forgetArticle(record.id));
      return el("li", {}, open, forget);
    }),
  );
}

/** Opens an article kept in this browser: its text, fields and view, then annotates it. */
async function openKept(id) {
  const kept = await workspace.load(id).catch(() => null);
  if (!kept) {
    setStatus("That article is no longer kept in this browser.");
    refreshRecent();
    return false;
  }
  hideError();
  setInputText(kept.text);
  if (kept.text.length > FOLD_AT) foldInput(kept.text);
  pageStructure = null;
  ui.sourceUrl.value = kept.meta.url ?? "";
  ui.sourceTitle.value = kept.meta.title ?? "";
  fieldsTyped = false;
  annotate({ restore: kept.meta });
  return true;
}

async function forgetArticle(id) {
  await workspace.remove(id).catch(() => {});
  if (id === article.id) clearPage({ status: "Forgotten: the article and its corrections are no longer kept here." });
  else setStatus("Forgotten.");
  refreshRecent();
  ui.forgetAll.focus();
}

async function forgetAll() {
  ui.forgetConfirm.hidden = true;
  await workspace.forgetAll().catch(() => {});
  clearPage({ status: "Forgotten: no article or correction is kept in this browser any more." });
  refreshRecent();
}

/** Empties the box, the fields and the results: the next text is a new article. */
function clearPage({ status = "Cleared." } = {}) {
  if (pending) cancel();
  drawGeneration++;
  setInputText("");
  pageStructure = null;
  ui.sourceUrl.value = "";
  ui.sourceTitle.value = "";
  fieldsTyped = false;
  hideTooltip();
  popover.close({ restoreFocus: false });
  Object.assign(article, { id: null, text: "", key: "", model: null, lost: [], url: "", title: "", savedKey: "" });
  article.history.reset([]);
  Object.assign(view, { text: "", result: null, current: null, notApplied: [], ...defaultView() });
  ui.doc.replaceChildren();
  ui.results.hidden = true;
  workspace.openId = null;
  hideError();
  setStatus(status);
  ui.text.focus();
}

/** When the page opens: the article that was open last, as it was. */
async function restoreLastArticle() {
  const id = workspace.openId;
  refreshRecent();
  if (!id || boxText() || pending) return;
  if (!(await openKept(id))) workspace.openId = null;
}

// ---------------------------------------------------------------- legend / filters / labels

function legendButton({ key, label, count, pressed, type }) {
  const b = el("button", { type: "button", className: "chip" });
  b.dataset.filter = key;
  b.setAttribute("aria-pressed", String(pressed));
  const sample = el("span", {
    className: type ? "swatch" : `swatch ${key === "quotes" ? "sw-quote" : "sw-bp"}`,
    textContent: type ? "Ab" : "",
  });
  if (type) sample.dataset.type = type;
  sample.setAttribute("aria-hidden", "true");
  b.append(
    sample,
    el("span", { className: "chip-label" }, label),
    el("span", { className: "chip-count" }, String(count)),
  );
  b.title = `${pressed ? "Hide" : "Show"} ${label.toLowerCase()} highlights`;
  return b;
}

function renderLegend(result) {
  const counts = new Map();
  const types = result.mentions.column("type");
  const values = result.mentions.codes.type ?? [];
  for (let mi = 0; mi < result.mentions.length; mi++) counts.set(types[mi], (counts.get(types[mi]) || 0) + 1);
  const countOf = (type) => counts.get(values.indexOf(type) + 1) || 0;
  ui.legend.replaceChildren();
  for (const type of TYPES) {
    const count = countOf(type);
    if (!count) continue;
    ui.legend.append(legendButton({ key: type, type, label: typeLabel(type), count, pressed: !view.hidden.has(type) }));
  }
  if (result.quotes.length) {
    ui.legend.append(
      legendButton({
        key: "quotes",
        label: "Quotations",
        count: result.quotes.length,
        pressed: !view.hidden.has("quotes"),
      }),
    );
  }
  if (result.boilerplate.length) {
    ui.legend.append(
      legendButton({
        key: "boilerplate",
        label: "Page clutter",
        count: result.boilerplate.length,
        pressed: !view.hidden.has("boilerplate"),
      }),
    );
  }
  if (!ui.legend.childElementCount)
    ui.legend.append(el("p", { className: "muted" }, "Nothing was found to highlight."));
}

function toggleFilter(button) {
  const key = button.dataset.filter;
  if (view.hidden.has(key)) view.hidden.delete(key);
  else view.hidden.add(key);
  const shown = !view.hidden.has(key);
  button.setAttribute("aria-pressed", String(shown));
  const label = button.querySelector(".chip-label").textContent.toLowerCase();
  button.title = `${shown ? "Hide" : "Show"} ${label} highlights`;
  applyFilters();
  setStatus(`${shown ? "Showing" : "Hiding"} ${label}.`);
  viewChanged();
}

function applyFilters() {
  for (const type of TYPES) ui.doc.classList.toggle(`hide-${type}`, view.hidden.has(type));
  ui.doc.classList.toggle("hide-quotes", view.hidden.has("quotes"));
  ui.doc.classList.toggle("hide-boilerplate", view.hidden.has("boilerplate"));
  ui.doc.classList.toggle("labels", view.labels);
}

function toggleLabels() {
  view.labels = !view.labels;
  ui.labelsToggle.setAttribute("aria-pressed", String(view.labels));
  applyFilters();
  setStatus(view.labels ? "Each highlight shows its type." : "Types show on hover or focus only.");
  viewChanged();
}

/** The CSS selector of the highlights one can move to: the starts of spans not filtered out. */
function focusSelector() {
  let selector = "[data-focus]";
  for (const type of TYPES) if (view.hidden.has(type)) selector += `:not([data-type="${type}"])`;
  if (view.hidden.has("quotes")) selector += ":not([data-quote])";
  if (view.hidden.has("boilerplate")) selector += ":not([data-boilerplate])";
  return selector;
}

// ---------------------------------------------------------------- tabs, menus, help

const narrow = matchMedia("(max-width: 900px)");
const isNarrow = () => narrow.matches;

/** Shows the panel of `view.tab` and, on narrow screens, the section of `view.phoneTab`. */
function showTabs() {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const on = tab.dataset.tab === view.tab;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const panel of document.querySelectorAll("[data-panel]")) panel.hidden = panel.dataset.panel !== view.tab;
  for (const tab of document.querySelectorAll("[data-phone-tab]")) {
    const on = tab.dataset.phoneTab === view.phoneTab;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  ui.results.dataset.phoneTab = view.phoneTab;
}

function selectTab(tab, { phone = false } = {}) {
  if (PANEL_TABS.includes(tab)) view.tab = tab;
  if (phone) view.phoneTab = tab;
  showTabs();
  if (phone) window.scrollTo({ top: ui.results.offsetTop - 4, behavior: "instant" });
  viewChanged();
}

/** Arrow keys, Home and End move between the tabs of a tablist (and select them). */
function tablistKeys(event) {
  const tabs = [...event.currentTarget.querySelectorAll("[role=tab]")];
  const at = tabs.indexOf(document.activeElement);
  if (at < 0) return;
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const tab = tabs[(next + tabs.length) % tabs.length];
  tab.focus();
  tab.click();
}

function toggleExpanded(button) {
  const target = $(button.getAttribute("aria-controls"));
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  if (target) target.hidden = !open;
  return open;
}

function closeExportMenu({ focus = false } = {}) {
  if (ui.exports.hidden) return;
  ui.exports.hidden = true;
  ui.exportButton.setAttribute("aria-expanded", "false");
  if (focus) ui.exportButton.focus();
}

// The toolbar stays at the top of the window; the side panels stand below it.
new ResizeObserver(() => {
  ui.results.style.setProperty("--toolbar-h", `${ui.toolbar.offsetHeight}px`);
}).observe(ui.toolbar);

// ---------------------------------------------------------------- navigation in the article

/**
 * Makes `el` the highlight that Tab reaches; null: the first of the
 * story's (a highlight in page clutter, say an advert, only when the story
 * has none).
 */
function setCurrent(el) {
  if (view.current) view.current.tabIndex = -1;
  view.current =
    el ?? ui.doc.querySelector("[data-focus]:not([data-boilerplate])") ?? ui.doc.querySelector("[data-focus]");
  if (view.current) view.current.tabIndex = 0;
  ui.doc.tabIndex = view.current ? -1 : 0;
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
  el.classList.remove("flash");
  void el.offsetWidth; // restart the animation
  el.classList.add("flash");
}

function goTo(el, { focus }) {
  if (isNarrow() && view.phoneTab !== "article") selectTab("article", { phone: true });
  if (el.dataset.focus !== undefined) setCurrent(el);
  el.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
  flash(el);
  if (focus) el.focus({ preventScroll: true });
  else showTooltip(el);
}

/**
 * Each press on a panel's button goes to the next of its highlights (the
 * mentions or quotations of these indices, as `attribute` names them),
 * "i / n" shown beside it.
 */
function stepThrough(list, button, key, attribute, indices) {
  const i = ((view.stepper.get(key) ?? -1) + 1) % indices.length;
  view.stepper.set(key, i);
  button.querySelector(".entity-step").textContent = `${i + 1} / ${indices.length}`;
  for (const other of list.querySelectorAll("[aria-current]")) other.removeAttribute("aria-current");
  button.setAttribute("aria-current", "true");
  const target = startElement(ui.doc, attribute, indices[i]);
  if (target) goTo(target, { focus: false });
}

function findQuote(list, button, qi) {
  for (const other of list.querySelectorAll("[aria-current]")) other.removeAttribute("aria-current");
  button.setAttribute("aria-current", "true");
  const target = startElement(ui.doc, "data-quote", qi);
  if (target) goTo(target, { focus: false });
}

function onDocKeydown(event) {
  const el = event.target.closest && event.target.closest("[data-focus]");
  if (event.key === "Escape") {
    hideTooltip();
    return;
  }
  if (!el) return;
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    openEditor(el);
    return;
  }
  let target;
  if (event.key === "ArrowRight" || event.key === "ArrowDown") target = neighbour(el, 1);
  else if (event.key === "ArrowLeft" || event.key === "ArrowUp") target = neighbour(el, -1);
  else if (event.key === "Home") target = ui.doc.querySelector(focusSelector());
  else if (event.key === "End") target = lastOf(ui.doc.querySelectorAll(focusSelector()));
  else return;
  event.preventDefault();
  if (!target) return;
  setCurrent(target);
  target.focus();
}

// ---------------------------------------------------------------- tooltip
// The page's own tooltip, an element of index.html styled by style.css. The
// embed's (web/embed/tooltip.js) shows the same rows in a shadow root, for
// pages whose styles it must neither take nor change.

let tipTarget = null;
let hideTimer = 0;

function linked(el, on) {
  const q = el.dataset.quote !== undefined ? el : el.closest(".q");
  if (!q) return;
  const qi = q.dataset.quote;
  for (const x of ui.doc.querySelectorAll(`[data-speaker-of~="${qi}"], [data-cue-of~="${qi}"]`)) {
    x.classList.toggle("linked", on);
  }
}

function showTooltip(el, point) {
  clearTimeout(hideTimer);
  if (!view.result) return;
  const rows = describeHighlight(el, view.result, QUOTE_KIND_LABELS);
  if (!rows.length) return;
  if (tipTarget && tipTarget !== el) {
    tipTarget.removeAttribute("aria-describedby");
    linked(tipTarget, false);
  }
  tipTarget = el;
  ui.tooltip.replaceChildren(...describeNodes(rows));
  ui.tooltip.hidden = false;
  el.setAttribute("aria-describedby", "tooltip");
  linked(el, true);
  positionTooltip(el, point);
}

function positionTooltip(el, point) {
  const tip = ui.tooltip;
  const rects = [...el.getClientRects()];
  // Under the line the pointer is on (a highlight may wrap), else its first line.
  const r =
    (point && rects.find((x) => point.y >= x.top && point.y <= x.bottom)) || rects[0] || el.getBoundingClientRect();
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
    tipTarget.removeAttribute("aria-describedby");
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
  const m = node.closest(".m:not([data-cont])") || node.closest(".m");
  if (m && ui.doc.contains(m)) return spanStart(m, "data-mention");
  const q = node.closest(".q");
  if (q && ui.doc.contains(q)) return spanStart(q, "data-quote");
  return null;
}

/** The element where the span of `el` starts: itself, unless it is a continuation. */
function spanStart(el, attribute) {
  if (el.dataset.cont === undefined) return el;
  return startElement(ui.doc, attribute, el.getAttribute(attribute)) || el;
}

// ---------------------------------------------------------------- corrections

/** What the popovers' sections need: the text, the corrected result, and where corrections go. */
function editorContext(after = {}) {
  return { text: view.text, result: view.result, correct: (op) => correct(op, after) };
}

/** A correction: into the history, kept, and the article drawn again; the focus goes back where it was. */
function correct(op, { entityFocus = null } = {}) {
  article.history.push(op);
  const start = Array.isArray(op.at) ? op.at[0].start : op.at.start;
  afterCorrection(`Corrected: ${describeOp(op)}.`, { focusAt: entityFocus === null ? start : null, entityFocus });
}

function undo() {
  const ops = article.history.ops;
  if (!article.history.undo()) return;
  const undone = ops.find((op) => !article.history.ops.includes(op));
  afterCorrection(`Undone: ${undone ? describeOp(undone) : "the last change"}.`, { focusAt: keptFocus(undone) });
}

function redo() {
  const ops = article.history.ops;
  if (!article.history.redo()) return;
  const redone = article.history.ops.find((op) => !ops.includes(op));
  afterCorrection(`Redone: ${redone ? describeOp(redone) : "the last change"}.`, { focusAt: keptFocus(redone) });
}

/** Where the focus goes after an undo or redo from the article: the highlight the correction was about. */
function keptFocus(op) {
  if (!op || !ui.doc.contains(document.activeElement)) return null;
  return Array.isArray(op.at) ? op.at[0].start : op.at.start;
}

function clearCorrections() {
  article.history.clear();
  afterCorrection("All corrections removed (Undo brings them back).");
}

/**
 * Draws the article again after its corrections changed, and puts the
 * focus where it can go on: the highlight at `focusAt`, the entity row of
 * `entityFocus`, else where it was when that is still there and enabled,
 * else the other of Undo and Redo, else the article; never the page's body.
 */
async function afterCorrection(message, { focusAt = null, entityFocus = null } = {}) {
  const focused = document.activeElement;
  persist();
  await render({ focusAt });
  setStatus(message);
  if (entityFocus !== null) {
    const row =
      ui.entities.querySelector(`.entity[data-group="${CSS.escape(String(entityFocus))}"]`) ??
      ui.entities.querySelector(".entity");
    row?.focus({ preventScroll: true });
  }
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected && !active.disabled) return;
  if (focused?.isConnected && !focused.disabled && focused !== document.body) {
    focused.focus({ preventScroll: true });
  } else if (focused === ui.undo || focused === ui.redo) {
    const other = focused === ui.undo ? ui.redo : ui.undo;
    (other.disabled ? ui.correctionCount : other).focus({ preventScroll: true });
  } else {
    (view.current ?? ui.doc).focus({ preventScroll: true });
  }
}

/** How the article's corrections fare: in force, with nothing left to do, not found in the text. */
function correctionCounts() {
  const stale = view.notApplied.filter((n) => n.reason === "nothing").length;
  const unanchored = view.notApplied.filter((n) => n.reason === "anchor").length;
  return { applied: article.history.ops.length - stale - unanchored, stale, unanchored };
}

/** Undo, redo, the count of corrections in effect, and those that could not be found again. */
function showCorrectionState() {
  const { history } = article;
  const { applied, stale, unanchored } = correctionCounts();
  ui.undo.disabled = !history.canUndo;
  ui.redo.disabled = !history.canRedo;
  ui.clearCorrections.hidden = !history.ops.length;
  ui.correctionCount.textContent =
    (applied ? plural(applied, "correction", "corrections") : "No corrections") +
    (stale ? ` (${stale} no longer ${stale === 1 ? "applies" : "apply"})` : "");
  ui.correctionCount.classList.toggle("none", !applied && !stale);
  const lost = article.lost.length + unanchored;
  ui.lostCorrections.hidden = !lost;
  ui.lostCorrections.textContent = `${lost} not found in the text`;
}

/** The corrections that could not be found in this text, listed, with a way to let them go. */
function showLostCorrections() {
  const unanchored = view.notApplied.filter((n) => n.reason === "anchor").map((n) => n.index);
  const ops = [...article.lost, ...unanchored.map((i) => article.history.ops[i])];
  const list = el("ul", { className: "lost-list" }, ...ops.map((op) => el("li", {}, describeOp(op))));
  const forget = el("button", { type: "button", className: "danger" }, ops.length === 1 ? "Forget it" : "Forget them");
  forget.addEventListener("click", () => {
    article.lost = [];
    article.history.drop(unanchored);
    afterCorrection(`${plural(ops.length, "correction", "corrections")} forgotten.`);
    ui.correctionCount.focus();
  });
  const section = el(
    "section",
    {},
    el("h3", {}, `${plural(ops.length, "correction", "corrections")} not found in the text`),
    el(
      "p",
      { className: "help" },
      "The words they were about were edited or deleted. They come back if those words do; or let them go.",
    ),
    list,
    el("div", { className: "row" }, forget),
  );
  popover.open(ui.lostCorrections.getBoundingClientRect(), [section], ui.lostCorrections, {
    label: "Corrections not found in the text",
  });
}

/** After a correction, focus the highlight that starts where it did, if one still does. */
function focusHighlightAt(start) {
  if (start === null || start === undefined) return;
  const target =
    drawnStartingAt(view.result.mentions, "data-mention", start) ??
    drawnStartingAt(view.result.quotes, "data-quote", start);
  if (target) {
    setCurrent(target);
    target.focus({ preventScroll: true });
  }
}

/** The element of the first span of `table` that starts at `start` and is drawn, or null. */
function drawnStartingAt(table, attribute, start) {
  const starts = table.column("start");
  for (let i = 0; i < table.length; i++) {
    const found = starts[i] === start ? startElement(ui.doc, attribute, i) : null;
    if (found) return found;
  }
  return null;
}

/** The correction sections for a highlight: its mention, and the quotation it lies in. */
function correctionSections(target) {
  const ctx = editorContext();
  const sections = [];
  if (target.dataset.mention !== undefined) {
    sections.push(
      mentionSection(ctx, view.result.mentions.at(Number(target.dataset.mention)), {
        onEditEntity: (entity) => openEntityEditor(entity, target),
      }),
    );
  }
  const quoteEl = target.closest(".q");
  if (quoteEl && ui.doc.contains(quoteEl))
    sections.push(quoteSection(ctx, view.result.quotes.at(Number(quoteEl.dataset.quote))));
  return sections;
}

/**
 * The popover for a highlight. With a mouse or keyboard: its corrections.
 * After a tap (`explainFirst`): what it is, and a button for its corrections.
 */
function openEditor(target, { explainFirst = false } = {}) {
  if (target.dataset.mention === undefined && !target.closest(".q")) return;
  hideTooltip();
  const rect = target.getClientRects()[0] ?? target.getBoundingClientRect();
  if (explainFirst) {
    const rows = describeHighlight(target, view.result, QUOTE_KIND_LABELS);
    popover.open(rect, [explanationSection(rows, () => popover.show(correctionSections(target)))], target, {
      label: "About this highlight",
    });
  } else {
    popover.open(rect, correctionSections(target), target);
  }
}

/** The popover of an entity of the panel (or of a mention's entity). */
function openEntityEditor(entity, anchor) {
  hideTooltip();
  const rect = anchor.getBoundingClientRect();
  const returnTo = anchor.isConnected ? anchor : null;
  popover.open(rect, [entitySection(editorContext({ entityFocus: entity.id }), entity)], returnTo, {
    label: `Correct the entity ${entity.name}`,
  });
}

const isWordChar = (c) => /[\p{L}\p{N}]/u.test(c ?? "");

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
  const line = element.closest(".para");
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
  popover.open(rects[rects.length - 1], [selectionSection(editorContext(), span)], null, {
    label: "Mark the selected words",
  });
}

// ---------------------------------------------------------------- export

/** The article as the exports name it: the reader's title and URL, the annotator's version, the text's hash. */
function exportArticle() {
  const title = article.title || view.result.title?.text || "";
  return {
    title,
    url: article.url,
    version: annotatorVersion,
    key: article.key,
    label: `Mentions and quotations in “${articleName()}”`,
  };
}

// Each export reads the result as plain objects, made for it (and let go after).
const EXPORTS = {
  json: (result, about) => ["json", "application/json", resultJson(result, about, article.history.ops)],
  mentions: (result, about) => ["mentions.csv", "text/csv", mentionsCsv(view.text, result, about)],
  entities: (result, about) => ["entities.csv", "text/csv", entitiesCsv(view.text, result, about)],
  quotes: (result, about) => ["quotations.csv", "text/csv", quotesCsv(view.text, result, about)],
  sources: (result, about) => ["sources.csv", "text/csv", sourcesCsv(view.text, result, about)],
  annotations: (result, about) => [
    "annotations.jsonld",
    "application/ld+json",
    webAnnotations(view.text, result, about),
  ],
};

function exportAs(kind) {
  const [suffix, type, content] = EXPORTS[kind](plainResult(view.result), exportArticle());
  const slug =
    articleName()
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "article";
  download(`${slug}.${suffix}`, type, content);
  setStatus(`Saved ${slug}.${suffix}.`);
}

/** Saves a file through a Blob URL: nothing leaves the browser. */
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
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
  const html = event.clipboardData?.getData("text/html");
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
  const html = looksLikeHtml(file.name, file.type, "");
  if (file.size > maxTextBytes * (html ? HTML_OVERHEAD : 1)) {
    showError(
      `${file.name} was not opened: it is ${(file.size / 1048576).toFixed(1)} MiB, and the annotator takes ` +
        `at most ${maxTextBytes / 1048576} MiB of text at a time. Your text is unchanged.`,
    );
    return;
  }
  try {
    setStatus(`Reading ${file.name}…`);
    const { text, structure } = await fileToPage(file);
    setInputText(text);
    pageStructure = structure ? { text, structure } : null;
    setStatus(`Loaded ${file.name}.`);
    annotate("new");
  } catch (e) {
    showError(
      e instanceof NotTextError
        ? `${e.message} Your text is unchanged.`
        : `${file.name} could not be read: ${e.message}`,
    );
    setStatus("");
  }
}

// ---------------------------------------------------------------- wiring

ui.annotate.addEventListener("click", () => annotate());
ui.text.addEventListener("input", foldLongPaste);
ui.text.addEventListener("paste", pasteWebPage);
ui.unfold.addEventListener("click", () => {
  unfoldInput();
  ui.text.focus();
});
ui.cancel.addEventListener("click", cancel);
ui.clear.addEventListener("click", () => clearPage());
ui.example.addEventListener("click", () => {
  setInputText(EXAMPLE);
  annotate("new");
});
ui.file.addEventListener("change", () => {
  loadFile(ui.file.files && ui.file.files[0]);
  ui.file.value = "";
});

/** The title and URL fields belong to the article on show while the box holds its text. */
function fieldsEdited() {
  if (article.id && view.result && !ui.results.hidden && boxText() === article.text) {
    article.url = ui.sourceUrl.value.trim();
    article.title = ui.sourceTitle.value.trim();
    viewChanged();
  } else {
    fieldsTyped = true;
  }
}
ui.sourceUrl.addEventListener("input", fieldsEdited);
ui.sourceTitle.addEventListener("input", fieldsEdited);

ui.forgetAll.addEventListener("click", () => {
  ui.forgetConfirm.hidden = false;
  ui.forgetNo.focus();
});
ui.forgetNo.addEventListener("click", () => {
  ui.forgetConfirm.hidden = true;
  ui.forgetAll.focus();
});
ui.forgetYes.addEventListener("click", forgetAll);

document.addEventListener("keydown", (event) => {
  const command = event.ctrlKey || event.metaKey;
  if (event.key === "Enter" && command) {
    event.preventDefault();
    if (!pending) annotate();
  } else if (event.key === "Escape") {
    if (!ui.tooltip.hidden) hideTooltip();
    if (!ui.exports.hidden) closeExportMenu({ focus: ui.exports.contains(document.activeElement) });
    popover.close();
  } else if (command && !event.altKey && view.result && !isTextField(event.target)) {
    // Outside the text fields (which have their own undo), Ctrl+Z undoes a correction.
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      undo();
    } else if ((key === "z" && event.shiftKey) || key === "y") {
      event.preventDefault();
      redo();
    }
  }
});

function isTextField(target) {
  return target instanceof Element && target.matches("textarea, input, select, [contenteditable]");
}

ui.undo.addEventListener("click", undo);
ui.redo.addEventListener("click", redo);
ui.clearCorrections.addEventListener("click", clearCorrections);
ui.lostCorrections.addEventListener("click", showLostCorrections);
ui.labelsToggle.addEventListener("click", toggleLabels);
ui.helpToggle.addEventListener("click", () => toggleExpanded(ui.helpToggle));
ui.keyToggle.addEventListener("click", () => {
  const open = ui.keyToggle.getAttribute("aria-expanded") !== "true";
  ui.keyToggle.setAttribute("aria-expanded", String(open));
  ui.legendWrap.classList.toggle("open", open);
});
for (const button of document.querySelectorAll(".help-button"))
  button.addEventListener("click", () => toggleExpanded(button));
ui.exportButton.addEventListener("click", () => {
  if (!ui.exports.hidden) {
    closeExportMenu();
    return;
  }
  ui.exports.hidden = false;
  ui.exportButton.setAttribute("aria-expanded", "true");
  ui.exports.querySelector("button").focus();
});
ui.exports.addEventListener("click", (event) => {
  const b = event.target.closest("[data-export]");
  if (!b) return;
  closeExportMenu({ focus: true });
  exportAs(b.dataset.export);
});
ui.exports.addEventListener("keydown", (event) => {
  const items = [...ui.exports.querySelectorAll("button")];
  const at = items.indexOf(document.activeElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length].focus();
});
document.addEventListener("pointerdown", (event) => {
  if (!ui.exports.hidden && !event.target.closest("#export-menu")) closeExportMenu();
});
for (const list of document.querySelectorAll("[role=tablist]")) list.addEventListener("keydown", tablistKeys);
for (const tab of document.querySelectorAll(".tabs [role=tab]"))
  tab.addEventListener("click", () => selectTab(tab.dataset.tab));
for (const tab of document.querySelectorAll("[data-phone-tab]")) {
  tab.addEventListener("click", () => selectTab(tab.dataset.phoneTab, { phone: true }));
}

// Selecting text in the article offers to mark it: once the pointer is up
// (not mid-drag), or once a keyboard or touch selection settles.
let pointerDown = false;
let lastPointer = "mouse";
let selectionTimer = 0;
document.addEventListener("pointerdown", (event) => {
  pointerDown = true;
  lastPointer = event.pointerType || "mouse";
});
document.addEventListener(
  "pointermove",
  (event) => {
    if (event.pointerType === "mouse") lastPointer = "mouse";
  },
  { passive: true },
);
for (const type of ["pointerup", "pointercancel"]) {
  document.addEventListener(type, () => {
    pointerDown = false;
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(openSelectionEditor, 10);
  });
}
document.addEventListener("selectionchange", () => {
  clearTimeout(selectionTimer);
  if (!pointerDown) selectionTimer = setTimeout(openSelectionEditor, 400);
});

// Drag and drop: anywhere on the page, so a missed drop never navigates away.
let dragDepth = 0;
window.addEventListener("dragenter", (event) => {
  if (!event.dataTransfer || ![...event.dataTransfer.types].includes("Files")) return;
  dragDepth++;
  ui.dropzone.classList.add("dragging");
});
window.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.dropzone.classList.remove("dragging");
});
window.addEventListener("dragover", (event) => {
  if (event.dataTransfer && [...event.dataTransfer.types].includes("Files")) {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }
});
window.addEventListener("drop", (event) => {
  if (!event.dataTransfer || !event.dataTransfer.files.length) return;
  event.preventDefault();
  dragDepth = 0;
  ui.dropzone.classList.remove("dragging");
  loadFile(event.dataTransfer.files[0]);
});

ui.legend.addEventListener("click", (event) => {
  const b = event.target.closest(".chip");
  if (b) toggleFilter(b);
});

ui.doc.addEventListener("keydown", onDocKeydown);
ui.doc.addEventListener("focusin", (event) => {
  const target = event.target.closest("[data-focus]");
  if (!target) return;
  if (target !== view.current) setCurrent(target);
  showTooltip(target);
});
ui.doc.addEventListener("focusout", (event) => {
  if (!ui.doc.contains(event.relatedTarget)) scheduleHide();
});
ui.doc.addEventListener("mouseover", (event) => {
  if (popover.isOpen || lastPointer !== "mouse") return;
  const target = highlightFrom(event.target);
  if (target) {
    if (target !== tipTarget) showTooltip(target, { x: event.clientX, y: event.clientY });
    else clearTimeout(hideTimer);
  } else if (tipTarget && document.activeElement !== tipTarget) {
    scheduleHide();
  }
});
ui.doc.addEventListener("mouseleave", () => {
  if (tipTarget && document.activeElement !== tipTarget) scheduleHide();
});
ui.doc.addEventListener("click", (event) => {
  const target = highlightFrom(event.target);
  if (!target || target.dataset.focus === undefined || !getSelection().isCollapsed) return;
  setCurrent(target);
  openEditor(target, { explainFirst: lastPointer === "touch" || lastPointer === "pen" });
});
ui.tooltip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
ui.tooltip.addEventListener("mouseleave", scheduleHide);
window.addEventListener("resize", () => {
  if (tipTarget) positionTooltip(tipTarget);
});
let scrollTimer = 0;
window.addEventListener(
  "scroll",
  () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(onScroll, 300);
  },
  { passive: true },
);
narrow.addEventListener("change", showTabs);
ui.doc.addEventListener("animationend", (event) => event.target.classList.remove("flash"));

startWorker();
restoreLastArticle();
document.documentElement.classList.add("js");
