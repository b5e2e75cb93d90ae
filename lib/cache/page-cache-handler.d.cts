/** Types for page-cache-handler.cjs (CommonJS, loaded by next start with Node's require). */
export interface CacheEntry {
  value: { kind: string; [field: string]: unknown } | null;
  lastModified: number;
  cacheControl?: unknown;
}
export type Budget = "pages" | "views" | "data" | "misses";
export const budgets: Record<Budget, number>;
export function classOf(key: string, entry: CacheEntry | null | undefined): Budget;
export class BudgetedStore {
  constructor(limits?: Partial<Record<Budget, number>>);
  get(key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
  usage(): Record<Budget, { bytes: number; entries: number }>;
}
declare class PageCacheHandler {
  constructor(context: Record<string, unknown>);
  get(key: string, context: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, data: CacheEntry["value"], context: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  static store(): BudgetedStore;
}
export default PageCacheHandler;
