// The reader's work, kept in this browser only: the articles annotated
// lately (their text, corrections, source URL and title, and how they were
// being viewed), and which one was open, so that a reload brings it back.
//
// Texts go to IndexedDB (an article may be megabytes, past what
// localStorage holds), in "texts", and a small record per article in
// "articles" that changes with every correction. A text is stored in parts
// of TEXT_PART characters, a transaction each: the browser copies what it
// stores on the page's thread, some 150 ms for 5 MB at once, and the page
// must answer input within 100 ms. Which article is open is a
// key of localStorage, read at once when the page starts. Nothing leaves
// the browser; "forget all" deletes it all.
//
// Article record: {id, key (textHash of its text), name, title, url, chars,
// ops (corrections, anchors in its text), lost (corrections that could not be
// found again in an edited text), view, created, updated}.

const DB_NAME = "article-annotator";
const DB_VERSION = 1;
const SESSION_KEY = "article-annotator:open";
// Corrections as an older page stored them: by the text's hash, offsets only.
const LEGACY_PREFIX = "article-annotator:corrections:";
const TEXT_PART = 1 << 18;

// In "texts": {id, parts, length} names a text, and {id: partKey(id, i), text} holds part i.
const partKey = (id, i) => `${id}#${String(i).padStart(6, "0")}`;
const partsOf = (id) => IDBKeyRange.bound(`${id}#`, `${id}#\uffff`);

/** How many articles are kept: the oldest beyond go. */
export const MAX_ARTICLES = 12;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error("the browser refused to store it"));
    transaction.onerror = () => reject(transaction.error);
  });
}

export function newArticleId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class Workspace {
  #db = null;
  #opening = null;

  /** Opens the database; resolves to false where the browser offers none (storage disabled). */
  open() {
    this.#opening ??= new Promise((resolve) => {
      let req;
      try {
        req = indexedDB.open(DB_NAME, DB_VERSION);
      } catch {
        resolve(false);
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        const articles = db.createObjectStore("articles", { keyPath: "id" });
        articles.createIndex("key", "key");
        db.createObjectStore("texts", { keyPath: "id" });
      };
      req.onsuccess = () => {
        this.#db = req.result;
        resolve(true);
      };
      req.onerror = () => resolve(false);
      req.onblocked = () => resolve(false);
    });
    return this.#opening;
  }

  async #store(names, mode, use) {
    if (!(await this.open())) throw new Error("this browser offers no storage to this page");
    const transaction = this.#db.transaction(names, mode);
    use(...[names].flat().map((name) => transaction.objectStore(name)));
    await done(transaction);
  }

  /** The articles kept, the latest first, without their texts. */
  async list() {
    if (!(await this.open())) return [];
    const all = await request(this.#db.transaction("articles").objectStore("articles").getAll());
    return all.sort((a, b) => b.updated - a.updated);
  }

  /** An article and its text, or null (also when its text was not stored whole). */
  async load(id) {
    if (!(await this.open())) return null;
    const transaction = this.#db.transaction(["articles", "texts"]);
    const texts = transaction.objectStore("texts");
    const [meta, head, parts] = await Promise.all([
      request(transaction.objectStore("articles").get(id)),
      request(texts.get(id)),
      request(texts.getAll(partsOf(id))),
    ]);
    if (!meta || !head || parts.length !== head.parts) return null;
    const text = parts.map((part) => part.text).join("");
    return text.length === head.length ? { meta, text } : null;
  }

  /** The article kept with this very text (by its hash), or null. */
  async findByKey(key) {
    if (!(await this.open())) return null;
    const found = await request(this.#db.transaction("articles").objectStore("articles").index("key").getAll(key));
    return found.sort((a, b) => b.updated - a.updated)[0] ?? null;
  }

  /**
   * Stores an article; with `text`, its text too (in parts, its head last,
   * so that a text is found only once it is whole). The oldest articles
   * beyond MAX_ARTICLES are let go. Rejects when the browser refuses.
   */
  async save(meta, text = null) {
    if (text !== null) {
      const parts = Math.max(1, Math.ceil(text.length / TEXT_PART));
      await this.#store("texts", "readwrite", (texts) => {
        texts.delete(meta.id);
        texts.delete(partsOf(meta.id));
      });
      for (let i = 0; i < parts; i++) {
        const part = text.slice(i * TEXT_PART, (i + 1) * TEXT_PART);
        await this.#store("texts", "readwrite", (texts) => texts.put({ id: partKey(meta.id, i), text: part }));
      }
      await this.#store("texts", "readwrite", (texts) => texts.put({ id: meta.id, parts, length: text.length }));
    }
    const record = { ...meta, updated: Date.now() };
    await this.#store("articles", "readwrite", (articles) => articles.put(record));
    await this.#prune(meta.id);
    return record;
  }

  async #prune(keep) {
    const all = await this.list();
    const extra = all.filter((a) => a.id !== keep).slice(MAX_ARTICLES - 1);
    if (extra.length) await this.remove(...extra.map((a) => a.id));
  }

  /** Forgets articles. */
  async remove(...ids) {
    await this.#store(["articles", "texts"], "readwrite", (articles, texts) => {
      for (const id of ids) {
        articles.delete(id);
        texts.delete(id);
        texts.delete(partsOf(id));
      }
    });
  }

  /** Forgets every article, which one was open, and what an older page stored. */
  async forgetAll() {
    this.openId = null;
    try {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("article-annotator:")) localStorage.removeItem(key);
    } catch {
      // No localStorage: nothing there to forget.
    }
    if (!(await this.open())) return;
    await this.#store(["articles", "texts"], "readwrite", (articles, texts) => {
      articles.clear();
      texts.clear();
    });
  }

  /** The id of the article that was open, or null. */
  get openId() {
    try {
      return localStorage.getItem(SESSION_KEY);
    } catch {
      return null;
    }
  }

  set openId(id) {
    try {
      if (id) localStorage.setItem(SESSION_KEY, id);
      else localStorage.removeItem(SESSION_KEY);
    } catch {
      // Not kept: the next visit starts empty.
    }
  }

  /** Corrections an older page stored for the text of this hash (taken: they move to the article). */
  takeLegacyCorrections(key) {
    try {
      const stored = JSON.parse(localStorage.getItem(LEGACY_PREFIX + key) ?? "[]");
      localStorage.removeItem(LEGACY_PREFIX + key);
      return Array.isArray(stored) ? stored : [];
    } catch {
      return [];
    }
  }
}
