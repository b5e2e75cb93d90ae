// The server cache of next start (whole pages, route files and unstable_cache data), with a separate memory budget
// per kind of entry so that what a visitor can multiply at will can't push out the pages that matter.
//
// Next.js's own handler keeps one LRU of 50 MB for everything. Every distinct search, page number or unknown slug is
// an entry in it, so about 700 made-up queries evicted the home page, the directory, the map and every profile, and
// with them the promise that cached pages keep serving while the database is down. Here each class of entry has its
// own LRU (lru-cache, with a byte budget): made-up addresses only ever evict each other.
//
// Everything else is Next.js's FileSystemCache (tags, build-time pages on disk, revalidation), whose in-memory store
// is replaced by the budgeted one. CommonJS, because next start loads this file with Node's own require.
const { LRUCache } = require("lru-cache");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const MB = 1024 * 1024;

/** The budgets, in bytes. Together about what Next.js keeps by default (50 MB), plus a little for data. */
const budgets = {
  /** Public pages and files with bounded addresses: home, directory, profiles, places, countries, map, events, feeds. */
  pages: 32 * MB,
  /** The query-string views' twin routes (directory filters and searches, event and delegation filters, agreement pages, timelines). */
  views: 8 * MB,
  /** Cached reads behind the pages (unstable_cache). */
  data: 16 * MB,
  /** Answers about nothing: 404 pages, redirects, and reads that found no record. */
  misses: 2 * MB,
};

/** Twin routes of query-string views (lib/public-views.ts): their number grows with what visitors type. */
const viewRoute = /^\/(?:en|zh)\/(?:directory|event-list|delegation-list|agreement-list)\/|^\/(?:en|zh)\/partners\/[^/]+\/timeline\//;

/** The request path inside an opaque response key ("/route-cache/APP_PAGE/<hash>/$/en/partners/x"). */
function pathOf(key) {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

const bufferSize = (buffer) => (buffer ? buffer.length : 0);

/** Roughly the bytes an entry holds (as Next.js's own memory cache counts them). */
function sizeOf(entry, key) {
  const value = entry && entry.value;
  let size = 25;
  if (!value) size = 25;
  else if (value.kind === "FETCH") size = JSON.stringify(value.data || "").length;
  else if (value.kind === "APP_ROUTE") size = bufferSize(value.body);
  else if (value.kind === "APP_PAGE") {
    size = (value.html ? value.html.length : 0) + bufferSize(value.rscData) + (value.postponed ? value.postponed.length : 0);
    if (value.segmentData) for (const [segment, buffer] of value.segmentData) size += segment.length + bufferSize(buffer);
  } else if (value.kind === "REDIRECT") size = JSON.stringify(value.props || "").length;
  else if (typeof value.html === "string") size = value.html.length + (JSON.stringify(value.pageData) || "").length;
  return Math.max(1, key.length + size);
}

/** Which budget an entry belongs to. */
function classOf(key, entry) {
  const value = entry && entry.value;
  if (!value) return "misses";
  if (value.kind === "FETCH") {
    // unstable_cache stores its result as JSON: a read that found nothing for a made-up slug is a miss.
    const body = value.data && value.data.body;
    return body === "null" || body === undefined ? "misses" : "data";
  }
  if (value.kind === "REDIRECT") return "misses";
  if (typeof value.status === "number" && value.status >= 300) return "misses";
  return viewRoute.test(pathOf(key)) ? "views" : "pages";
}

/** The budgeted store: get and set, the two calls FileSystemCache makes on its memory store. */
class BudgetedStore {
  constructor(limits = budgets) {
    this.lrus = {};
    for (const [name, maxSize] of Object.entries(limits)) {
      // An entry bigger than its whole budget is not kept at all (lru-cache's maxEntrySize defaults to maxSize).
      this.lrus[name] = new LRUCache({ maxSize, sizeCalculation: sizeOf });
    }
  }

  get(key) {
    for (const lru of Object.values(this.lrus)) {
      const entry = lru.get(key);
      if (entry !== undefined) return entry;
    }
    return undefined;
  }

  set(key, entry) {
    const target = classOf(key, entry);
    // A key may change class (a page that was a 404 is now published): keep only its newest entry.
    for (const [name, lru] of Object.entries(this.lrus)) if (name !== target) lru.delete(key);
    this.lrus[target].set(key, entry);
  }

  /** Bytes and entries held per budget, for tests and the benchmark. */
  usage() {
    const out = {};
    for (const [name, lru] of Object.entries(this.lrus)) out[name] = { bytes: lru.calculatedSize, entries: lru.size };
    return out;
  }
}

class PageCacheHandler extends FileSystemCache {
  constructor(context) {
    // Next.js's store stays off (size 0); the budgeted one takes its place, one per process like Next.js's.
    super({ ...context, maxMemoryCacheSize: 0 });
    FileSystemCache.memoryCache ??= new BudgetedStore();
  }

  /** The process's store (for tests and the benchmark). */
  static store() {
    return FileSystemCache.memoryCache;
  }
}

module.exports = PageCacheHandler;
module.exports.default = PageCacheHandler;
module.exports.BudgetedStore = BudgetedStore;
module.exports.budgets = budgets;
module.exports.classOf = classOf;
