import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openEmbedded } from "@/db";
import * as t from "@/db/schema";

// The newcomer's database: PGlite in a directory, created, migrated and seeded on first open, kept afterwards.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-embedded-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("is created with the demo data on first open, and keeps changes across restarts without seeding twice", async () => {
    const first = await openEmbedded(dir);
    const [places] = await first.db.select({ n: count() }).from(t.places);
    expect(places!.n).toBeGreaterThan(136);
    await first.db.update(t.users).set({ name: "Renamed Editor" }).where(eq(t.users.email, "editor@example.org"));
    await first.close();

    const second = await openEmbedded(dir);
    const [again] = await second.db.select({ n: count() }).from(t.places);
    expect(again!.n).toBe(places!.n);
    const [editor] = await second.db.select({ name: t.users.name }).from(t.users).where(eq(t.users.email, "editor@example.org"));
    expect(editor!.name).toBe("Renamed Editor");
    await second.close();
  });
});
