// The entity types, defined once. Every other list of them is read or made
// from this table:
//   - src/document.cc's EntityTypeName gives these codes in this order
//     (src/document_test.cc checks), as do web/annotator.d.ts's EntityType
//     and web/result-schema.json (tests/js/entity-types.test.mjs checks);
//   - web/shared/labels.js (the words), web/embed/paint.js (the embed's
//     colours and lines) and web/cli.mjs (the terminal's colours) import it;
//   - the page's per-type custom properties and rules in web/style.css are
//     written from it by build-scripts/entity-types-css.mjs
//     (tests/js/generated.test.mjs fails when they are stale).
//
// For each type: `code` as the result writes it; `label` as people read it;
// a `tint` behind the text and a `line` under it, in the `light` and `dark`
// themes (tests/js/palette.test.mjs checks text on every tint reads at WCAG
// AA); the line's `underline` style and the tint's `fill` (plain, striped or
// boxed), which together tell every type from every other without colour;
// and `ansi`, the xterm 256-colour number the command line prints it in.
export const ENTITY_TYPES = Object.freeze(
  [
    {
      code: "PERSON",
      label: "Person",
      light: { tint: "#dbe8ff", line: "#2563eb" },
      dark: { tint: "#1e3a6e", line: "#7aa7ff" },
      underline: "solid",
      fill: "plain",
      ansi: 33,
    },
    {
      code: "ORG",
      label: "Organisation",
      light: { tint: "#ece4ff", line: "#7c3aed" },
      dark: { tint: "#3b2766", line: "#b794ff" },
      underline: "double",
      fill: "plain",
      ansi: 98,
    },
    {
      code: "LOCATION",
      label: "Place",
      light: { tint: "#d7f5e1", line: "#15803d" },
      dark: { tint: "#1b4a2e", line: "#5fd38d" },
      underline: "dashed",
      fill: "plain",
      ansi: 28,
    },
    {
      code: "MISC",
      label: "Other name",
      light: { tint: "#fde0ef", line: "#be185d" },
      dark: { tint: "#5c1f3f", line: "#f47bb5" },
      underline: "dotted",
      fill: "plain",
      ansi: 168,
    },
    {
      code: "DATE",
      label: "Date",
      light: { tint: "#fdebc2", line: "#b45309" },
      dark: { tint: "#5a3d0a", line: "#f5b544" },
      underline: "solid",
      fill: "striped",
      ansi: 136,
    },
    {
      code: "TIME",
      label: "Time",
      light: { tint: "#ffe1cc", line: "#c2410c" },
      dark: { tint: "#5c2e10", line: "#fb9a5b" },
      underline: "double",
      fill: "striped",
      ansi: 166,
    },
    {
      code: "MONEY",
      label: "Money",
      light: { tint: "#d3f3f7", line: "#0e7490" },
      dark: { tint: "#154650", line: "#4fd1e5" },
      underline: "dashed",
      fill: "striped",
      ansi: 31,
    },
    {
      code: "PERCENT",
      label: "Percent",
      light: { tint: "#fde2e2", line: "#b91c1c" },
      dark: { tint: "#5a1f1f", line: "#f38b8b" },
      underline: "dotted",
      fill: "striped",
      ansi: 160,
    },
    {
      code: "CARDINAL",
      label: "Number",
      light: { tint: "#e3e7ee", line: "#475569" },
      dark: { tint: "#343b47", line: "#a8b3c5" },
      underline: "wavy",
      fill: "plain",
      ansi: 244,
    },
    {
      code: "ORDINAL",
      label: "Ordinal",
      light: { tint: "#f3ecd9", line: "#8b6b1f" },
      dark: { tint: "#4a3f22", line: "#d8bf6e" },
      underline: "wavy",
      fill: "striped",
      ansi: 137,
    },
    {
      code: "QUANTITY",
      label: "Quantity",
      light: { tint: "#e4f5c4", line: "#4d7c0f" },
      dark: { tint: "#33481a", line: "#a3d95b" },
      underline: "wavy",
      fill: "boxed",
      ansi: 65,
    },
  ].map((type) => Object.freeze(type)),
);

/** The themes each type has colours for. */
export const THEMES = Object.freeze(["light", "dark"]);
