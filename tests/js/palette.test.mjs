// The colours and lines of the entity types, from their one table
// (web/shared/entity-types.js): the page (web/style.css), the embed
// (web/embed/paint.js) and the command line (web/cli.mjs) draw them as the
// table says, no two types differ by colour alone, text on every tint reads
// at WCAG AA contrast, and the terminal's eleven colours are told apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./helpers.mjs";
import { PALETTE, LINE_STYLE } from "../../web/embed/paint.js";
import { ENTITY_TYPES, THEMES } from "../../web/shared/entity-types.js";

const css = readFileSync(path.join(ROOT, "web/style.css"), "utf8");
const DARK = "@media (prefers-color-scheme: dark)";

/** The custom properties :root sets in each theme (dark: light's, then the dark blocks'). */
function rootProperties(stylesheet) {
  const source = stylesheet.replace(/\/\*[\s\S]*?\*\//g, "");
  const declarations = (body) =>
    Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const darkBlock = new RegExp(`${DARK.replace(/[()]/g, "\\$&")}\\s*\\{\\s*:root\\s*\\{([^}]*)\\}\\s*\\}`, "g");
  const dark = [...source.matchAll(darkBlock)].map((match) => declarations(match[1]));
  const light = [...source.replace(darkBlock, "").matchAll(/(?:^|\})\s*:root\s*\{([^}]*)\}/g)].map((match) =>
    declarations(match[1]),
  );
  assert.ok(light.length && dark.length, "the stylesheet sets :root's properties light and dark");
  const lightProperties = Object.assign({}, ...light);
  return { light: lightProperties, dark: Object.assign({}, lightProperties, ...dark) };
}
const ROOT_PROPERTIES = rootProperties(css);

function variable(theme, name) {
  const value = ROOT_PROPERTIES[theme][name];
  assert.match(value ?? "", /^#[0-9a-f]{6}$/i, `--${name} is set in the ${theme} theme`);
  return value.toLowerCase();
}

/** Relative luminance and contrast ratio, as WCAG 2 defines them. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** `share` of colour `b` over colour `a` (as color-mix in sRGB). */
const mix = (a, b, share) =>
  `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - share) + parseInt(b.slice(i, i + 2), 16) * share)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

test("the page's and the embed's colours and lines are the table's, light and dark", () => {
  for (const theme of THEMES) {
    for (const type of ENTITY_TYPES) {
      const { tint, line } = type[theme];
      assert.deepEqual(
        [variable(theme, `${type.code}-bg`), variable(theme, `${type.code}-line`)],
        [tint, line],
        `page, ${theme} ${type.code}`,
      );
      assert.deepEqual(PALETTE[theme][type.code], [tint, line], `embed, ${theme} ${type.code}`);
    }
  }
  for (const type of ENTITY_TYPES) assert.equal(LINE_STYLE[type.code], type.underline, `embed, ${type.code}'s line`);
});

/** The rules of the stylesheet as [selectors, declarations] (those inside @media too). */
const RULES = css
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .split("}")
  .map((chunk) => chunk.split("{"))
  .filter((parts) => parts.length >= 2)
  .map((parts) => [
    parts
      .at(-2)
      .trim()
      .split(/\s*,\s*/),
    parts.at(-1),
  ]);

/** Whether a rule whose selectors include one matching `test` declares `property`. */
const declares = (test, property) => RULES.some(([selectors, body]) => selectors.some(test) && body.includes(property));

test("no two types differ by colour alone: the page draws each type's line style and fill, all different", () => {
  const pattern = new Map();
  for (const type of ENTITY_TYPES) {
    const own = (selector) => selector === `[data-type="${type.code}"]`;
    const rule = RULES.find(([selectors, body]) => selectors.some(own) && body.includes("--deco"));
    assert.ok(rule, `${type.code} has a line style`);
    const style = rule[1].match(/--deco: (\w+)/)[1];
    assert.equal(style, type.underline, `the page draws ${type.code}'s line as the table says`);
    const striped = declares(own, "--stripes");
    const boxed = declares((selector) => selector === `.doc .m[data-type="${type.code}"]`, "box-shadow");
    const fill = striped ? (boxed ? "striped and boxed" : "striped") : boxed ? "boxed" : "plain";
    assert.equal(fill, type.fill, `the page fills ${type.code}'s tint as the table says`);
    pattern.set(type.code, `${style}/${fill}`);
  }
  assert.equal(new Set(pattern.values()).size, ENTITY_TYPES.length, JSON.stringify(Object.fromEntries(pattern)));
});

test("text on every tint, and the muted and clutter text, reach WCAG AA (4.5:1); lines 3:1", () => {
  for (const theme of THEMES) {
    const ink = variable(theme, "ink");
    const surface = variable(theme, "surface");
    for (const type of ENTITY_TYPES) {
      const { tint, line } = type[theme];
      assert.ok(contrast(ink, tint) >= 4.5, `${theme}: text on ${type.code} ${contrast(ink, tint).toFixed(2)}`);
      // The stripes of numbers and time: 16% of the line over the tint.
      const stripe = mix(tint, line, 0.16);
      assert.ok(
        contrast(ink, stripe) >= 4.5,
        `${theme}: text on ${type.code}'s stripes ${contrast(ink, stripe).toFixed(2)}`,
      );
      assert.ok(
        contrast(line, surface) >= 3,
        `${theme}: ${type.code}'s line on the page ${contrast(line, surface).toFixed(2)}`,
      );
      assert.ok(
        contrast(variable(theme, "label-ink"), line) >= 4.5,
        `${theme}: a type label on ${type.code}'s line ${contrast(variable(theme, "label-ink"), line).toFixed(2)}`,
      );
    }
    for (const name of ["muted", "bp-ink", "accent", "danger-ink", "flag-ink", "quote-badge-ink"]) {
      const background = { "flag-ink": "flag-bg", "quote-badge-ink": "quote-badge-bg", "danger-ink": "danger-bg" }[
        name
      ];
      const on = background ? variable(theme, background) : surface;
      assert.ok(
        contrast(variable(theme, name), on) >= 4.5,
        `${theme}: --${name} ${contrast(variable(theme, name), on).toFixed(2)}`,
      );
      assert.ok(
        contrast(variable(theme, name), variable(theme, "surface-2")) >= (background ? 0 : 4.5),
        `${theme}: --${name} on the second surface ${contrast(variable(theme, name), variable(theme, "surface-2")).toFixed(2)}`,
      );
    }
  }
});

test("the inline type labels use the legend's words", () => {
  for (const type of ENTITY_TYPES) {
    assert.ok(
      css.includes(`.doc.labels .m[data-type="${type.code}"]:not([data-cont])::after { content: "${type.label}"; }`),
      `the label of ${type.code} is "${type.label}"`,
    );
  }
});

// ------------------------------------------------------------------ the terminal's colours

/** An xterm 256-colour number (16-255) as "#rrggbb": the 6x6x6 cube, then 24 greys. */
function xterm(n) {
  const levels = [0, 95, 135, 175, 215, 255];
  const rgb =
    n >= 232
      ? Array(3).fill(8 + 10 * (n - 232))
      : [Math.floor((n - 16) / 36), Math.floor((n - 16) / 6) % 6, (n - 16) % 6].map((i) => levels[i]);
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** CIELAB (D65) of "#rrggbb", for the distance between two colours as the eye sees it (ΔE 1976). */
function lab(hex) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deltaE = (a, b) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

test("xterm colours and their distances are computed right", () => {
  assert.equal(xterm(16), "#000000");
  assert.equal(xterm(33), "#0087ff");
  assert.equal(xterm(231), "#ffffff");
  assert.equal(xterm(244), "#808080");
  assert.ok(Math.abs(deltaE("#000000", "#ffffff") - 100) < 0.01);
});

test("the command line's eleven colours are different, far apart, and read on dark and light terminals", () => {
  const ansi = ENTITY_TYPES.map((type) => type.ansi);
  assert.ok(
    ansi.every((n) => Number.isInteger(n) && n >= 16 && n <= 255),
    "xterm's 6x6x6 cube or greys, not the terminal's own 16",
  );
  assert.equal(new Set(ansi).size, ENTITY_TYPES.length, "one colour per type");
  for (const type of ENTITY_TYPES) {
    const colour = xterm(type.ansi);
    for (const background of ["#000000", "#ffffff"]) {
      assert.ok(
        contrast(colour, background) >= 3,
        `${type.code} (${colour}) on ${background}: ${contrast(colour, background).toFixed(2)}`,
      );
    }
  }
  for (const [i, a] of ENTITY_TYPES.entries()) {
    for (const b of ENTITY_TYPES.slice(i + 1)) {
      const distance = deltaE(xterm(a.ansi), xterm(b.ansi));
      assert.ok(distance >= 20, `${a.code} and ${b.code} in the terminal: ΔE ${distance.toFixed(1)}`);
    }
  }
});
