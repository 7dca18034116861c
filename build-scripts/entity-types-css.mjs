// Writes the entity types' part of web/style.css from their table
// (web/shared/entity-types.js): each type's colours as custom properties,
// light and dark (--PERSON-bg, --PERSON-line), the properties its mentions,
// samples and chips draw with (--bg-t, --line-t, --deco, --stripes), the box
// of the boxed types, the words of the "Type labels" view, and the rules
// that hide a type. The part lies between two marker comments; the rest of
// the stylesheet is written by hand.
//
//   node build-scripts/entity-types-css.mjs [--check]
//
// --check exits 1 when web/style.css's part differs from what the table gives.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES, THEMES } from "../web/shared/entity-types.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STYLESHEET = path.join(ROOT, "web/style.css");
const SCRIPT = "build-scripts/entity-types-css.mjs";
export const BEGIN = `/* ---- entity types: written by ${SCRIPT} from web/shared/entity-types.js (edit those, not this) ---- */`;
export const END = "/* ---- end of entity types ---- */";

// The tint's fills: stripes of the line's colour (16% of it; palette.test.mjs
// checks text on them) or a thin box in it; plain draws neither.
const STRIPES =
  "repeating-linear-gradient(135deg, transparent 0 5px, color-mix(in srgb, var(--line-t) 16%, transparent) 5px 7px)";

const ofType = (code) => `[data-type="${code}"]`;
const cssString = (text) => `"${text.replace(/["\\]/g, "\\$&")}"`;
const withFill = (fill) => ENTITY_TYPES.filter((type) => type.fill === fill);

function colours(theme, indent) {
  return ENTITY_TYPES.map(
    (type) => `${indent}--${type.code}-bg: ${type[theme].tint}; --${type.code}-line: ${type[theme].line};`,
  ).join("\n");
}

function themeBlocks() {
  const [light, dark] = THEMES;
  return [
    `:root {\n${colours(light, "  ")}\n}`,
    `@media (prefers-color-scheme: ${dark}) {\n  :root {\n${colours(dark, "    ")}\n  }\n}`,
  ];
}

function drawingRules() {
  const rules = ENTITY_TYPES.map(
    ({ code, underline }) =>
      `${ofType(code)} { --bg-t: var(--${code}-bg); --line-t: var(--${code}-line); --deco: ${underline}; }`,
  );
  const striped = withFill("striped").map((type) => ofType(type.code));
  if (striped.length) rules.push(`${striped.join(", ")} {\n  --stripes: ${STRIPES};\n}`);
  const boxed = withFill("boxed").flatMap(({ code }) => [`.doc .m${ofType(code)}`, `.swatch${ofType(code)}`]);
  if (boxed.length) rules.push(`${boxed.join(", ")} { box-shadow: inset 0 0 0 1px var(--line-t); }`);
  return rules;
}

function labelRules() {
  return [
    ...ENTITY_TYPES.map(
      ({ code, label }) => `.doc.labels .m${ofType(code)}:not([data-cont])::after { content: ${cssString(label)}; }`,
    ),
    `${ENTITY_TYPES.map(({ code }) => `.doc.labels.hide-${code} .m${ofType(code)}::after`).join(",\n")} { display: none; }`,
  ];
}

function hidingRules() {
  return [
    `${ENTITY_TYPES.map(({ code }) => `.doc.hide-${code} .m${ofType(code)}`).join(",\n")} {
  background: transparent;
  text-decoration-color: transparent;
  box-shadow: none;
  cursor: auto;
}`,
  ];
}

/** The part of the stylesheet between the markers, markers included. */
export function entityTypesCss() {
  return [
    BEGIN,
    "/* Each type's tint and line, light and dark. */",
    ...themeBlocks(),
    "/* Its tint, line, line style and fill, for mentions, samples and chips. */",
    ...drawingRules(),
    '/* Its name in the "Type labels" view, in the legend\'s words. */',
    ...labelRules(),
    "/* A type the reader hid. */",
    ...hidingRules(),
    END,
  ].join("\n");
}

/** `css` with its part between the markers made from the table. */
export function withEntityTypes(css) {
  const begin = css.indexOf(BEGIN);
  const end = css.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`web/style.css lacks the markers of ${SCRIPT}'s part`);
  return css.slice(0, begin) + entityTypesCss() + css.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const committed = readFileSync(STYLESHEET, "utf8");
  const made = withEntityTypes(committed);
  if (process.argv.includes("--check")) {
    if (made !== committed) {
      console.error(`web/style.css's entity types are stale: run node ${SCRIPT}`);
      process.exit(1);
    }
  } else {
    writeFileSync(STYLESHEET, made);
    console.log(`web/style.css: ${ENTITY_TYPES.length} entity types written`);
  }
}
