// Turns a dropped or opened file, or pasted HTML, into plain text. HTML is
// parsed with DOMParser into an inert document (its scripts never run,
// nothing loads) and only its text is read, with what its structure says
// about the page (page-structure.js); none of its markup is ever inserted
// into the page.

import { PageStructure } from "../shared/page-structure.js";
import { BLOCK, SKIP } from "../shared/markup.js";
import { notTextReason } from "../text-check.js";

export function looksLikeHtml(name, type, text) {
  if (/\.x?html?$/i.test(name || "")) return true;
  if (/html/i.test(type || "")) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000));
}

// Elements whose content is not markup: dropped whole before parsing (title
// is kept, its content is plain text).
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"]);
const KEEP_ATTRIBUTES = new Set(["alt", "hidden", "role"]);
const TAG = /<(\/?)([a-zA-Z][^\t\n\f\r \/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\t\n\f\r \/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+)))?/g;

/**
 * Rewrites every tag to its name plus harmless attributes (alt, hidden, role) and
 * drops scripts, styles and comments, leaving text untouched. DOMParser never
 * runs scripts anyway; this keeps it from even looking at event handlers and
 * inline styles, which the page's CSP would report as violations.
 */
export function defuseHtml(html) {
  let out = "";
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      const end = html.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      out += "<";
      i++;
      continue;
    }
    i = TAG.lastIndex;
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (!closing && RAW_TEXT.has(name)) {
      const rest = html.slice(i);
      const close = name === "plaintext" ? -1 : rest.search(new RegExp(`</${name}[\\t\\n\\f\\r />]`, "i"));
      const body = close < 0 ? rest : rest.slice(0, close);
      if (close < 0) i = n;
      else {
        const gt = html.indexOf(">", i + close);
        i = gt < 0 ? n : gt + 1;
      }
      if (name === "title") out += `<title>${body.replace(/</g, "&lt;")}</title>`;
      continue;
    }
    let tag = `<${closing ? "/" : ""}${name}`;
    if (!closing) {
      for (const a of m[3].matchAll(ATTRIBUTE)) {
        const attr = a[1].toLowerCase();
        if (!KEEP_ATTRIBUTES.has(attr)) continue;
        const value = a[2] ?? a[3] ?? a[4] ?? "";
        tag += ` ${attr}="${value.replace(/"/g, "&quot;")}"`;
      }
    }
    out += `${tag}>`;
  }
  return out;
}

/**
 * Plain text of an HTML document, with blank lines between blocks, and what
 * its markup says about the page's shape (page-structure.js): {text,
 * structure}.
 */
export function htmlToPage(html) {
  const doc = new DOMParser().parseFromString(defuseHtml(html), "text/html");
  const structure = new PageStructure();
  const parts = [];
  // Separators are pushed as markers and resolved at the end, so that nested
  // blocks do not pile up blank lines; so are the structure's marks, whose
  // offsets are known only then.
  const BREAK = { n: 1 };
  const PARA = { n: 2 };

  function walk(node, pre) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = child.nodeValue;
        parts.push(
          pre ? value.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n") : value.replace(/[ \t\n\r\f]+/g, " "),
        );
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === "BR") {
          parts.push(BREAK);
          continue;
        }
        const block = BLOCK.has(tag);
        const sep = tag === "LI" || tag === "TR" || tag === "DT" || tag === "DD" ? BREAK : PARA;
        if (block) parts.push(sep);
        const entered = structure.enter(child);
        if (entered.mark) parts.push({ begin: entered.mark });
        if (tag === "LI") parts.push("• ");
        if (tag === "TD" || tag === "TH") parts.push(" ");
        if (tag === "IMG") {
          const alt = child.getAttribute("alt");
          if (alt) parts.push(alt);
        }
        walk(child, pre || tag === "PRE");
        if (entered.mark) parts.push({ end: entered.mark });
        structure.exit(entered);
        if (block) parts.push(sep);
      }
    }
  }

  const root = doc.body || doc.documentElement;
  if (root) walk(root, false);

  let out = "";
  let pending = 0;
  let starting = []; // marks whose text starts with the next part
  const trimmedLength = () => {
    let end = out.length;
    while (end > 0 && (out[end - 1] === " " || out[end - 1] === "\t")) end--;
    return end;
  };
  for (const part of parts) {
    if (typeof part !== "string") {
      if (part.n) pending = Math.max(pending, part.n);
      else if (part.begin) starting.push(part.begin);
      else if (part.end && part.end.start >= 0) part.end.end = trimmedLength();
      continue;
    }
    // Space that would open a line is dropped, before it can take the separator.
    const lineStart = out === "" || out.endsWith("\n") || pending > 0;
    const piece = lineStart ? part.replace(/^[ \t]+/, "") : part;
    if (!piece) continue;
    if (pending && out) {
      out = out.slice(0, trimmedLength());
      out += "\n".repeat(pending);
    }
    pending = 0;
    for (const mark of starting) mark.start = out.length;
    starting = [];
    out += piece;
  }
  out = out.slice(0, trimmedLength()).replace(/\s+$/, "");

  let found = structure.result();
  const clip = (r) => r && { ...r, start: Math.min(r.start, out.length), end: Math.min(r.end, out.length) };
  found = { title: clip(found.title), blocks: found.blocks.map(clip), story: found.story.map(clip) };
  // A page without a headline element: its <title> heads the text.
  const title = (doc.title || "").trim();
  if (title && !doc.querySelector("h1") && !out.startsWith(title)) {
    const shift = out ? title.length + 2 : title.length;
    const moved = (r) => ({ ...r, start: r.start + shift, end: r.end + shift });
    out = out ? `${title}\n\n${out}` : title;
    found = { title: { start: 0, end: title.length }, blocks: found.blocks.map(moved), story: found.story.map(moved) };
  }
  return { text: out, structure: found };
}

/** Plain text of an HTML document, with blank lines between blocks. */
export function htmlToText(html) {
  return htmlToPage(html).text;
}

/** Reads a File: {text, structure} (structure null unless the file is HTML). */
export async function fileToPage(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const reason = notTextReason(bytes, file.type);
  if (reason) throw new NotTextError(`${file.name} was not opened: ${reason}.`);
  const raw = new TextDecoder("utf-8").decode(bytes);
  if (looksLikeHtml(file.name, file.type, raw)) return htmlToPage(raw);
  return { text: raw.replace(/\r\n?/g, "\n"), structure: null };
}

/** A file that is not text (a picture, an archive, another encoding). */
export class NotTextError extends Error {}

/** Reads a File as text, converting HTML to plain text. */
export async function fileToText(file) {
  return (await fileToPage(file)).text;
}
