import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, PAGE, PAGE_PATH, PAGE_QUOTES, markedQuotes } from "./helpers.mjs";
import { ENTITY_TYPES } from "../../web/shared/entity-types.js";
import { NOT_ENGLISH } from "../../web/shared/labels.js";

const CLI = path.join(ROOT, "build-scripts/annotate");
const run = (args, input) => spawnSync(CLI, args, { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

test("--json prints a page's result", () => {
  const { status, stdout } = run(["--json", PAGE_PATH]);
  assert.equal(status, 0);
  const result = JSON.parse(stdout);
  assert.deepEqual(
    markedQuotes(result).map((q) => q.text),
    PAGE_QUOTES,
  );
  assert.equal(result.mentions.find((m) => m.text === "4 billion euros")?.type, "MONEY");
});

test("the plain view prints the article, then mentions and quotations", () => {
  const { status, stdout } = run([PAGE_PATH]);
  assert.equal(status, 0);
  assert.ok(stdout.startsWith(PAGE.slice(0, 60)));
  assert.match(stdout, /\nQuotations \(\d+\):\n/);
  for (const quote of PAGE_QUOTES) assert.ok(stdout.includes(`\t${quote}`), quote);
  assert.match(stdout, /\tMONEY\t4 billion euros/);
});

test("the plain view says why a German article shows no names", () => {
  const german =
    "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister Thomas Keller sagte, dass die " +
    "Kosten für die Patienten nicht steigen werden. Auch die Kliniken in der Region sollen von dem " +
    "Programm profitieren, das mit 2,5 Millionen Euro finanziert wird.\n";
  const { status, stdout } = run(["-"], german);
  assert.equal(status, 0);
  assert.ok(stdout.includes(`\n${NOT_ENGLISH}\n`));
  assert.doesNotMatch(stdout, /\t(PERSON|ORG|LOCATION|MISC)\t/);
  assert.ok(!run([PAGE_PATH]).stdout.includes(NOT_ENGLISH), "an English page says nothing of it");
});

test("--jsonl answers each line in order, and a bad line with an error line", () => {
  const input = [
    JSON.stringify({ id: "a", text: "He said “yes” on Friday." }),
    "not json",
    JSON.stringify({ id: 7, text: "It cost $1.5 billion." }),
    JSON.stringify({ id: "no-text" }),
  ].join("\n");
  const { status, stdout, stderr } = run(["--jsonl"], input);
  assert.equal(status, 1);
  assert.match(stderr, /2 line\(s\) failed/);
  const lines = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => l.id),
    ["a", null, 7, "no-text"],
  );
  assert.equal(markedQuotes(lines[0])[0].text, "“yes”");
  assert.match(lines[1].error, /line 2: not JSON/);
  assert.equal(lines[2].mentions.find((m) => m.type === "MONEY")?.text, "$1.5 billion");
  assert.match(lines[3].error, /"text" must be a string/);
});

test("a missing file and a file that is not UTF-8 are clear errors", () => {
  const missing = run(["--json", "/nonexistent/article.txt"]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read \/nonexistent\/article.txt: ENOENT/);
  const dir = mkdtempSync(path.join(tmpdir(), "annotate-"));
  const bad = path.join(dir, "latin1.txt");
  writeFileSync(bad, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  const invalid = run(["--json", bad]);
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /is not valid UTF-8 text/);
});

test("unknown options print the usage", () => {
  const { status, stderr } = run(["--yaml", PAGE_PATH]);
  assert.equal(status, 2);
  assert.match(stderr, /unknown option --yaml\nusage: annotate/);
});

test("colours land on the right words whatever the offset unit, and control characters cannot drive the terminal", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "annotate-"));
  const file = path.join(dir, "controls.txt");
  writeFileSync(file, "“Émigrés” said \x1b]0;pwned\x07 it in 2028.\n");
  for (const unit of ["utf16", "codepoint", "utf8"]) {
    const { status, stdout } = spawnSync(CLI, ["--color", "--offsets", unit, file], { encoding: "utf8" });
    assert.equal(status, 0);
    const date = ENTITY_TYPES.find((type) => type.code === "DATE").ansi;
    assert.ok(stdout.includes(`\x1b[38;5;${date}m2028\x1b[0m`), unit);
    assert.ok(!stdout.includes("\x1b]0;"), "the article's escape sequence is shown, not sent");
    assert.ok(stdout.includes("␛") && stdout.includes("pwned␇"), unit);
  }
});
