import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The environment, read and validated here and nowhere else. It is parsed lazily (on first use, not at import) so
 * that `next build` needs no database and no secret.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
      .optional(),
    DATABASE_POOL_SIZE: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 100" })
      .max(100, { error: "must be between 1 and 100" })
      .default(10),
    /**
     * The shared cache of several instances (lib/cache/cache-handler.cjs reads it, and REDIS_KEY_PREFIX, itself at
     * start-up: these entries only validate them). Unset: each process caches in its own memory.
     */
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379" }).optional(),
    REDIS_KEY_PREFIX: z
      .string()
      .max(100, { error: "must be at most 100 characters" })
      .regex(/^[^\s]+$/, { error: "must have no spaces" })
      .optional(),
    AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional(),
    AMITY_DATA_DIR: z.string().min(1, { error: "must not be empty" }).default(".data"),
    AMITY_SITE_URL: z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, such as https://partners.example.gov" })
      .transform((u) => u.replace(/\/+$/, ""))
      .default("http://localhost:3000"),
    /**
     * How many reverse proxies in front of Amity append to X-Forwarded-For. The client's address for sign-in
     * throttling is the entry that many places from the right, counting the socket's address as the last entry
     * (0: the socket's address, and the header is ignored: lib/auth/client-address.ts).
     */
    AMITY_TRUSTED_PROXIES: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(0, { error: "must be between 0 and 5" })
      .max(5, { error: "must be between 0 and 5" })
      .default(0),
    /**
     * Requests a minute that one client address may make to the JSON API (/api/v1): beyond it, 429 with Retry-After
     * (lib/api/rate-limit.ts). Counted in Redis with REDIS_URL, so that it holds across instances; else in the process.
     */
    AMITY_API_RATE_LIMIT: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 100000" })
      .max(100_000, { error: "must be between 1 and 100000" })
      .default(120),
    /**
     * The office's contact, shown in the public site's footer and on its About page. Unset, the demo shows the city
     * the office is in, marked as a placeholder, and no telephone or email.
     */
    AMITY_OFFICE_ADDRESS_EN: z.string().trim().min(1).max(300, { error: "must be at most 300 characters" }).optional(),
    AMITY_OFFICE_ADDRESS_ZH: z.string().trim().min(1).max(300, { error: "must be at most 300 characters" }).optional(),
    AMITY_OFFICE_PHONE: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{4,29}$/, { error: "must be a telephone number in digits, such as +86 531 1234 5678" })
      .optional(),
    AMITY_OFFICE_EMAIL: z.email({ error: "must be an email address" }).optional(),
    /**
     * Whether the published ties are all of the office's ties. Until they are, the home page's figures say that they
     * count what these records hold, not the province's totals.
     */
    AMITY_RECORDS_COMPLETE: z
      .enum(["true", "false"], { error: "must be true or false" })
      .transform((v) => v === "true")
      .default(false),
    AMITY_SESSION_HOURS: z.coerce
      .number({ error: "must be a number of hours" })
      .min(0.25, { error: "must be between 0.25 and 8 hours" })
      .max(8, { error: "must be between 0.25 and 8 hours" })
      .default(8),
    /**
     * The office's own approved base map, drawn under every map on the site instead of the built-in land (which has no
     * boundaries at all). An SVG file whose viewBox is "0 0 960 480", drawn in the maps' projection: Equal Earth
     * centred on 150°E, the whole sphere fitted inside the box with a 4-unit margin (lib/world-map.ts). Smaller maps
     * show windows of it. Needs AMITY_BASE_MAP_APPROVAL.
     */
    AMITY_BASE_MAP: z
      .string()
      .transform((p) => path.resolve(p))
      .refine((p) => readable(p), { error: "must be the path of a readable SVG file", abort: true })
      .refine((p) => baseMapBox.test(fs.readFileSync(p, "utf8")), {
        error: 'must be an SVG file whose <svg> has viewBox="0 0 960 480", drawn in the maps\' projection (lib/world-map.ts)',
      })
      .optional(),
    /** The base map's approval number (审图号), such as "GS(2024)1234号": the maps show it as their caption. */
    AMITY_BASE_MAP_APPROVAL: z
      .string()
      .trim()
      .min(1, { error: "must not be empty" })
      .max(60, { error: "must be at most 60 characters" })
      .refine((s) => !/[\n\r<>]/.test(s), { error: "must be one line of text" })
      .optional(),
    /**
     * An S3-compatible object store for attachments' files (lib/attachments/store-s3.ts). S3_BUCKET turns it on; unset,
     * the files are kept in the database (with DATABASE_URL) or under AMITY_DATA_DIR/attachments.
     */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, such as https://s3.example.com" }).optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, { error: "must be a region name such as us-east-1 (lower-case letters, digits and hyphens)" })
      .optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens" })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).max(128, { error: "must be at most 128 characters" }).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).max(256, { error: "must be at most 256 characters" }).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"], { error: "must be true or false" })
      .transform((v) => v === "true")
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.AMITY_BASE_MAP && !env.AMITY_BASE_MAP_APPROVAL) {
      ctx.addIssue({
        code: "custom",
        path: ["AMITY_BASE_MAP_APPROVAL"],
        message: "is required when AMITY_BASE_MAP is set (the map's approval number, 审图号, such as GS(2024)1234号)",
      });
    }
    if (env.AMITY_BASE_MAP_APPROVAL && !env.AMITY_BASE_MAP) {
      ctx.addIssue({
        code: "custom",
        path: ["AMITY_BASE_MAP_APPROVAL"],
        message: "is set but AMITY_BASE_MAP (the approved map it numbers) is not",
      });
    }
    const s3Set = (["S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"] as const).find((k) => env[k] !== undefined);
    if (s3Set && !env.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `is required when ${s3Set} is set (the bucket attachments are kept in)` });
    }
    if (env.S3_BUCKET && !env.S3_REGION && !env.S3_ENDPOINT) {
      ctx.addIssue({ code: "custom", path: ["S3_REGION"], message: "is required when S3_BUCKET is set without S3_ENDPOINT (the bucket's AWS region, such as eu-central-1)" });
    }
    if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
      const missing = env.S3_ACCESS_KEY_ID === undefined ? "S3_ACCESS_KEY_ID" : "S3_SECRET_ACCESS_KEY";
      const other = missing === "S3_ACCESS_KEY_ID" ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID";
      ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${other} is set (the two are one credential)` });
    }
    if (env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required when DATABASE_URL is set (try: openssl rand -base64 32)",
      });
    }
  });

/** An office's base map is in the maps' box (lib/world-map.ts: mapWidth × mapHeight). */
const baseMapBox = /<svg\b[^>]*\bviewBox\s*=\s*["']\s*0[\s,]+0[\s,]+960[\s,]+480\s*["']/;

function readable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema> & {
  /** Absolute directory of the embedded database and its generated secret. */
  dataDir: string;
  mode: "server" | "embedded";
};

/** A configuration mistake: its message is one line meant for the person starting Amity. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Empty strings count as unset: `DATABASE_URL= npm start` means "no server database". */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(withoutEmpty(source));
  if (!result.success) {
    const first = result.error.issues[0];
    const name = first?.path.join(".") || "environment";
    throw new ConfigError(`Invalid configuration: ${name} ${first?.message ?? "is invalid"}.`);
  }
  const env = result.data;
  return {
    ...env,
    dataDir: path.resolve(env.AMITY_DATA_DIR),
    mode: env.DATABASE_URL ? "server" : "embedded",
  };
}

/** The office's contact as the public site shows it (see AMITY_OFFICE_*). */
export interface OfficeContact {
  addressEn: string;
  addressZh: string;
  phone: string | null;
  email: string | null;
  /** Nothing was configured: the demo's city-level address stands in, and says so. */
  placeholder: boolean;
}

export function officeContact(config: Env = env()): OfficeContact {
  return {
    // The office is in Jinan, the provincial capital; its street address is the office's to configure.
    addressEn: config.AMITY_OFFICE_ADDRESS_EN ?? "Jinan, Shandong Province, China",
    addressZh: config.AMITY_OFFICE_ADDRESS_ZH ?? config.AMITY_OFFICE_ADDRESS_EN ?? "中国山东省济南市",
    phone: config.AMITY_OFFICE_PHONE ?? null,
    email: config.AMITY_OFFICE_EMAIL ?? null,
    // Until the office gives its address, the city stands in and says so, whatever else is configured.
    placeholder: config.AMITY_OFFICE_ADDRESS_EN === undefined && config.AMITY_OFFICE_ADDRESS_ZH === undefined,
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
