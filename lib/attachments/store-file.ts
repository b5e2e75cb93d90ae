import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { ObjectBackend } from "./store";

/**
 * Attachments' files under AMITY_DATA_DIR/attachments (the embedded demo's store): <first two characters of the
 * key>/<key>/<variant>. Each file is written under a temporary name and renamed, so a file under its final name is
 * always whole. Readable by the portal's user alone, like the embedded database beside it.
 */
export function fileBackend(dataDir: string): ObjectBackend {
  const root = path.join(dataDir, "attachments");
  const dirOf = (key: string) => path.join(root, key.slice(0, 2), key);
  const variantPath = (key: string, variant: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key) || !/^(original|w\d{2,5})$/.test(variant)) throw new Error(`Not an attachment's object: ${key}/${variant}`);
    return path.join(dirOf(key), variant);
  };
  return {
    name: "file",
    async put(key, { variant, bytes }) {
      const target = variantPath(key, variant);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const temporary = `${target}.tmp-${randomBytes(6).toString("hex")}`;
      try {
        await fs.writeFile(temporary, bytes, { mode: 0o600, flag: "wx" });
        await fs.rename(temporary, target);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key, variant) {
      try {
        return new Uint8Array(await fs.readFile(variantPath(key, variant)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async deleteKey(key) {
      variantPath(key, "original");
      await fs.rm(dirOf(key), { recursive: true, force: true });
    },
    async *listKeys() {
      let shards: string[];
      try {
        shards = await fs.readdir(root);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      for (const shard of shards) {
        const keys = await fs.readdir(path.join(root, shard)).catch(() => [] as string[]);
        for (const key of keys) {
          const files = await fs.readdir(path.join(root, shard, key)).catch(() => [] as string[]);
          const times = await Promise.all(files.map((f) => fs.stat(path.join(root, shard, key, f)).then((s) => s.mtimeMs, () => 0)));
          const directory = await fs.stat(path.join(root, shard, key)).then((s) => s.mtimeMs, () => 0);
          yield { key, modifiedAt: new Date(Math.max(directory, ...times)) };
        }
      }
    },
  };
}
