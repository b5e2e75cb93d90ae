import { describe, expect, it } from "vitest";
import { attachmentStorageOf } from "@/lib/attachments/store";
import { ConfigError, parseEnv } from "@/lib/env";

/** The attachments' store is chosen by the environment, and the S3 settings are checked with a one-line message. */

const s3 = {
  S3_ENDPOINT: "http://127.0.0.1:9000",
  S3_REGION: "us-east-1",
  S3_BUCKET: "amity-attachments",
  S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
  S3_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  S3_FORCE_PATH_STYLE: "true",
};
const server = { DATABASE_URL: "postgres://amity@db.internal:5432/amity", AUTH_SECRET: "x".repeat(32) };

describe("the attachments' store", () => {
  it("is S3 with S3_BUCKET, else the database with DATABASE_URL, else files in AMITY_DATA_DIR", () => {
    expect(attachmentStorageOf(parseEnv({ ...server, ...s3 }))).toBe("s3");
    expect(attachmentStorageOf(parseEnv(s3))).toBe("s3");
    expect(attachmentStorageOf(parseEnv(server))).toBe("pg");
    expect(attachmentStorageOf(parseEnv({}))).toBe("file");
    expect(parseEnv(s3)).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_BUCKET: "amity-attachments" });
    // On AWS itself: a region and a bucket, credentials from the SDK's own chain (an instance role).
    expect(attachmentStorageOf(parseEnv({ S3_REGION: "eu-central-1", S3_BUCKET: "amity" }))).toBe("s3");
  });

  const wrong: [string, Record<string, string>, string][] = [
    ["an S3 setting without a bucket", { S3_ENDPOINT: "http://127.0.0.1:9000" }, "Invalid configuration: S3_BUCKET is required when S3_ENDPOINT is set (the bucket attachments are kept in)."],
    ["a bucket without a region or an endpoint", { S3_BUCKET: "amity" }, "Invalid configuration: S3_REGION is required when S3_BUCKET is set without S3_ENDPOINT (the bucket's AWS region, such as eu-central-1)."],
    ["a key id without its secret", { ...s3, S3_SECRET_ACCESS_KEY: "" }, "Invalid configuration: S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set (the two are one credential)."],
    ["a secret without its key id", { ...s3, S3_ACCESS_KEY_ID: "" }, "Invalid configuration: S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set (the two are one credential)."],
    ["an endpoint that is not a web address", { ...s3, S3_ENDPOINT: "minio:9000" }, "Invalid configuration: S3_ENDPOINT must be an http:// or https:// URL, such as https://s3.example.com."],
    ["a bucket name S3 refuses", { ...s3, S3_BUCKET: "Amity_Files" }, "Invalid configuration: S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens."],
    ["a region with spaces", { ...s3, S3_REGION: "eu central" }, "Invalid configuration: S3_REGION must be a region name such as us-east-1 (lower-case letters, digits and hyphens)."],
    ["a path style that is not true or false", { ...s3, S3_FORCE_PATH_STYLE: "yes" }, "Invalid configuration: S3_FORCE_PATH_STYLE must be true or false."],
  ];
  for (const [what, env, message] of wrong) {
    it(`refuses ${what}`, () => {
      expect(() => parseEnv(env)).toThrow(ConfigError);
      expect(() => parseEnv(env)).toThrow(message);
    });
  }
});
