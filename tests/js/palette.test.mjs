// The colours and lines of the entity types: the page (web/style.css) and the
// embed (web/embed/paint.js) draw them alike, no two types differ by colour
// alone, and text on every tint reads at WCAG AA contrast.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./helpers.mjs";
import { PALETTE, LINE_STYLE } from "../../web/embed/paint.js";
import { TYPES, TYPE_LABELS } from "../../web/shared/labels.js";

const css = readFileSync(path.join(ROOT, "web/style.css"), "utf8");
const darkBlock = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const lightBlock = css.slice(0, css.indexOf("@media (prefers-color-scheme: dark)"));

function variable(block, name) {
  const match = block.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i"));
  assert.ok(match, `--${name} is set`);
  return match[1].toLowerCase();
}

/** Relative luminance and contrast ratio, as WCAG 2 defines them. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** `share` of colour `b` over colour `a` (as color-mix in sRGB). */
const mix = (a, b, share) => `#${[1, 3, 5].map((i) => Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - share) +
  parseInt(b.slice(i, i + 2), 16) * share).toString(16).padStart(2, "0")).join("")}`;
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

test("the embed's palette is the page's, light and dark", () => {
  for (const [theme, block] of [["light", lightBlock], ["dark", darkBlock]]) {
    for (const type of TYPES) {
      assert.deepEqual(PALETTE[theme][type], [variable(block, `${type}-bg`), variable(block, `${type}-line`)], `${theme} ${type}`);
    }
  }
});

/** The rules of the stylesheet as [selectors, declarations] (those inside @media too). */
const RULES = css.replace(/\/\*[\s\S]*?\*\//g, "").split("}").map((chunk) => chunk.split("{"))
  .filter((parts) => parts.length >= 2).map((parts) => [parts.at(-2).trim().split(/\s*,\s*/), parts.at(-1)]);

/** Whether a rule whose selectors include one matching `test` declares `property`. */
const declares = (test, property) => RULES.some(([selectors, body]) => selectors.some(test) && body.includes(property));

test("no two types differ by colour alone: line style, stripes and box tell each apart", () => {
  const pattern = new Map();
  for (const type of TYPES) {
    const own = (selector) => selector === `[data-type="${type}"]`;
    const rule = RULES.find(([selectors, body]) => selectors.some(own) && body.includes("--deco"));
    assert.ok(rule, `${type} has a line style`);
    const style = rule[1].match(/--deco: (\w+)/)[1];
    assert.equal(style, LINE_STYLE[type], `the embed draws ${type}'s line alike`);
    const striped = declares(own, "--stripes");
    const boxed = declares((selector) => selector === `.doc .m[data-type="${type}"]`, "box-shadow");
    pattern.set(type, `${style}/${striped ? "striped" : "plain"}/${boxed ? "boxed" : "open"}`);
  }
  assert.equal(new Set(pattern.values()).size, TYPES.length, JSON.stringify(Object.fromEntries(pattern)));
});

test("text on every tint, and the muted and clutter text, reach WCAG AA (4.5:1); lines 3:1", () => {
  for (const [theme, block] of [["light", lightBlock], ["dark", darkBlock]]) {
    const ink = variable(block, "ink");
    const surface = variable(block, "surface");
    for (const type of TYPES) {
      const [tint, line] = PALETTE[theme][type];
      assert.ok(contrast(ink, tint) >= 4.5, `${theme}: text on ${type} ${contrast(ink, tint).toFixed(2)}`);
      // The stripes of numbers and time: 16% of the line over the tint.
      const stripe = mix(tint, line, 0.16);
      assert.ok(contrast(ink, stripe) >= 4.5, `${theme}: text on ${type}'s stripes ${contrast(ink, stripe).toFixed(2)}`);
      assert.ok(contrast(line, surface) >= 3, `${theme}: ${type}'s line on the page ${contrast(line, surface).toFixed(2)}`);
      assert.ok(contrast(variable(block, "label-ink"), line) >= 4.5,
        `${theme}: a type label on ${type}'s line ${contrast(variable(block, "label-ink"), line).toFixed(2)}`);
    }
    for (const name of ["muted", "bp-ink", "accent", "danger-ink", "flag-ink", "quote-badge-ink"]) {
      const background = { "flag-ink": "flag-bg", "quote-badge-ink": "quote-badge-bg", "danger-ink": "danger-bg" }[name];
      const on = background ? variable(block, background) : surface;
      assert.ok(contrast(variable(block, name), on) >= 4.5, `${theme}: --${name} ${contrast(variable(block, name), on).toFixed(2)}`);
      assert.ok(contrast(variable(block, name), variable(block, "surface-2")) >= (background ? 0 : 4.5),
        `${theme}: --${name} on the second surface ${contrast(variable(block, name), variable(block, "surface-2")).toFixed(2)}`);
    }
  }
});

test("the inline type labels use the legend's words", () => {
  for (const type of TYPES) {
    assert.ok(css.includes(`.doc.labels .m[data-type="${type}"]:not([data-cont])::after { content: "${TYPE_LABELS[type]}"; }`),
      `the label of ${type} is "${TYPE_LABELS[type]}"`);
  }
});
