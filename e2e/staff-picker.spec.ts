import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

/**
 * The partnership pickers' search endpoint (app/(staff)/staff/partnerships/options/route.ts) answers editors only,
 * with a bounded number of matches: the forms never carry every partnership.
 */
test("the pickers' search answers an editor with at most 20 matches, and nobody else", async ({ browser, playwright, baseURL }) => {
  const editor = await browser.newContext({ storageState: storageStateOf("editor") });
  const found = await editor.request.get("/staff/partnerships/options?q=Jinan");
  expect(found.status()).toBe(200);
  const { options } = (await found.json()) as { options: { id: number; label: string }[] };
  expect(options.length).toBeGreaterThan(1);
  expect(options.length).toBeLessThanOrEqual(20);
  expect(options.every((o) => o.label.startsWith("Jinan – "))).toBe(true);
  expect((await (await editor.request.get("/staff/partnerships/options?q=济南 万塔")).json()).options).toEqual([
    expect.objectContaining({ label: "Jinan – Vantaa" }),
  ]);
  await editor.close();

  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  expect((await viewer.request.get("/staff/partnerships/options?q=Jinan")).status()).toBe(403);
  await viewer.close();

  const nobody = await playwright.request.newContext({ baseURL });
  const anonymous = await nobody.get("/staff/partnerships/options?q=Jinan", { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect(await anonymous.text()).not.toContain("Jinan – ");
  await nobody.dispose();
});
