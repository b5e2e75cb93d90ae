/** Types for redis-client.cjs (CommonJS, shared with the cache handler that next start loads with Node's require). */
import type { RedisClientType } from "redis";

export const commandTimeoutMs: number;
export function keyPrefix(source?: Record<string, string | undefined>): string;
export function describe(url: string): string;
export function redisClient(url?: string): RedisClientType | null;
export function pingRedis(client?: RedisClientType | null, timeoutMs?: number): Promise<{ ok: boolean; error?: string }>;
