import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedPartnership, getPublishedPlace } from "@/lib/data/profiles";
import { freshDatabase } from "./support/db";

let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

describe("public profiles", () => {
  it("a partnership profile carries its agreements with every signatory, in order", async () => {
    const profile = await getPublishedPartnership("shandong-quebec");
    const agreement = profile!.timeline.find((i) => i.kind === "agreement");
    expect(agreement?.kind === "agreement" && agreement.signatories.map((s) => s.name)).toEqual(["Jiang Daming", "Jean Charest"]);
    expect(profile!.timeline.map((i) => i.kind)).toEqual(["agreement", "event"]);
    expect(profile!.sources).toHaveLength(2);
  });

  it("is null for an unknown slug", async () => {
    expect(await getPublishedPartnership("atlantis-utopia")).toBeNull();
    expect(await getPublishedPlace("atlantis")).toBeNull();
  });
});
