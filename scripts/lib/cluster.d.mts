/** Types for cluster.mjs (plain Node, shared by scripts/cluster.mjs and the two-instance test). */
export function freePort(): Promise<number>;
export function freshServerDatabase(kind: "e2e" | "soak" | "bench"): Promise<{ url: string; name: string; drop(): Promise<number> }>;
/** A member of staff signed in over HTTP, submitting forms as a browser without JavaScript does (harness.mjs). */
export class StaffClient {
  constructor(base: string);
  base: string;
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
  signIn(email: string, password: string): Promise<void>;
  openForm(pathname: string, field: string, options?: { all?: boolean }): Promise<Record<string, string | string[]>>;
  submit(pathname: string, fields: Record<string, string | string[]>): Promise<{ redirect: string | null; status: number; text?: string }>;
}
export function which(program: string): string | null;
export function requireHaproxy(): string;
export function haproxyConfig(options: { port: number; instances: { port: number }[]; host?: string }): string;
export function waitFor(url: string, options?: { seconds?: number; ok?: boolean }): Promise<Response>;

export interface NextInstance {
  name: string;
  port: number;
  base: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
  pid(): number | undefined;
}
export function nextInstance(options: { name: string; port: number; env: NodeJS.ProcessEnv; echo?: boolean; host?: string }): NextInstance;

export function startHaproxy(options: { port: number; instances: { port: number }[]; echo?: boolean; host?: string }): Promise<{ base: string; config: string; stop(): Promise<void> }>;

export interface PrivateRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  /** Stops it with its data saved, so that start() brings the same entries back. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}
export function privateRedis(options: { port: number }): PrivateRedis;
