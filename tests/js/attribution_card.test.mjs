// The figures of models/ATTRIBUTION_CARD.md are what the evaluation scripts
// print today: each is re-measured through the shipped wasm and must lie
// within 0.5 of the card, so a change that moves them changes the card too.
import test from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SHARED, needsShared } from "./helpers.mjs";

const TOLERANCE = 0.5;
// Each figure of the card, and where the evaluation output prints it.
const POLNEAR = {
  "who said what precision": /^who said what +P +([\d.]+)/m,
  "who said what recall": /^who said what +P +[\d.]+ +R +([\d.]+)/m,
  "naming a speaker precision": /^ +naming a speaker P +([\d.]+)/m,
  "direct precision": /^ +direct +P +([\d.]+)/m,
  "mixed precision": /^ +mixed +P +([\d.]+)/m,
  "indirect precision": /^ +indirect +P +([\d.]+)/m,
  "quotation F1": /^quotation +P +[\d.]+ +R +[\d.]+ +F1 +([\d.]+)/m,
  "direct spans F1": /^ +direct spans +P +[\d.]+ +R +[\d.]+ +F1 +([\d.]+)/m,
  "indirect recall of gold with a speech cue": /^ +indirect recall of gold with a speech cue +([\d.]+)/m,
  "direct speaker": /^direct speaker +([\d.]+)/m,
  "direct cue": /^direct speaker .* cue +([\d.]+)/m,
};
const GUM = {
  "GUM speech quotations recall": /^speech quotations +R +([\d.]+)/m,
  "GUM terms called speech": /^terms called speech +([\d.]+)/m,
};

/** The card's figure rows: name → value. */
function cardFigures() {
  const card = readFileSync(path.join(ROOT, "models/ATTRIBUTION_CARD.md"), "utf8");
  return Object.fromEntries([...card.matchAll(/^\| ([^|]+?) \| ([\d.]+) \|$/gm)].map((m) => [m[1], Number(m[2])]));
}

function evaluate(dataDirectory) {
  return execFileSync(path.join(ROOT, "build-scripts/eval-quotes"), [path.join(SHARED, dataDirectory)], {
    encoding: "utf8",
  });
}

function assertFigures(output, patterns, card) {
  for (const [name, pattern] of Object.entries(patterns)) {
    assert.ok(name in card, `the card has no row "${name}"`);
    const measured = Number(pattern.exec(output)?.[1]);
    assert.ok(Number.isFinite(measured), `no "${name}" in:\n${output}`);
    assert.ok(
      Math.abs(measured - card[name]) <= TOLERANCE,
      `${name}: measured ${measured}, the card says ${card[name]}\n${output}`,
    );
  }
}

test("every figure of the attribution card is one the evaluation prints", () => {
  const known = new Set([...Object.keys(POLNEAR), ...Object.keys(GUM)]);
  const figures = Object.keys(cardFigures());
  assert.ok(figures.length >= known.size, figures.join(", "));
  for (const name of figures) assert.ok(known.has(name), `no evaluation prints "${name}"`);
});

test("PolNeAR dev: who said what, as the card says", needsShared("data/polnear/data/dev/text"), () => {
  const output = evaluate("data/polnear/data/dev");
  assert.match(output, /^84 articles/);
  assertFigures(output, POLNEAR, cardFigures());
});

test("GUM dev (out of domain): quotations and terms, as the card says", needsShared("data/gum/splits.md"), () => {
  const output = evaluate("data/gum");
  assert.match(output, /^GUM dev: 30 documents/);
  assertFigures(output, GUM, cardFigures());
});
