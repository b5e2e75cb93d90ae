import "server-only";
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Env } from "@/lib/env";
import type { ObjectBackend } from "./store";

/** Every object Amity writes is under this prefix of the bucket, so a bucket may be shared and the sweep stays in it. */
const prefix = "attachments/";

/**
 * Attachments' files in an S3-compatible object store (AWS S3, MinIO, Ceph, a cloud's own): attachments/<key>/<variant>,
 * each with its media type. The AWS SDK v3 client, configured from S3_* (lib/env.ts); without S3_ACCESS_KEY_ID it uses
 * the SDK's own chain (an instance role, AWS_* variables).
 */
export function s3Backend(config: Env, client?: S3Client): ObjectBackend {
  const bucket = config.S3_BUCKET;
  if (!bucket) throw new Error("S3_BUCKET is not set.");
  const s3 =
    client ??
    new S3Client({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION ?? "us-east-1",
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? false,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  const objectKey = (key: string, variant: string) => `${prefix}${key}/${variant}`;

  async function* objects(under: string) {
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: under, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) yield { name: object.Key, modifiedAt: object.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    name: "s3",
    async put(key, { variant, bytes, contentType }) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey(key, variant), Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    },
    async get(key, variant) {
      try {
        const answer = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key, variant) }));
        return answer.Body ? await answer.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async deleteKey(key) {
      const names: string[] = [];
      for await (const object of objects(`${prefix}${key}/`)) names.push(object.name);
      for (let i = 0; i < names.length; i += 1000) {
        await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: names.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }));
      }
    },
    async *listKeys() {
      // Objects come in key order, so a key's variants are together.
      let current: { key: string; modifiedAt: Date } | null = null;
      for await (const object of objects(prefix)) {
        const key = object.name.slice(prefix.length).split("/")[0]!;
        if (current && current.key !== key) {
          yield current;
          current = null;
        }
        if (!current) current = { key, modifiedAt: object.modifiedAt };
        else if (object.modifiedAt > current.modifiedAt) current.modifiedAt = object.modifiedAt;
      }
      if (current) yield current;
    },
  };
}
