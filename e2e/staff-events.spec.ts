import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { storageStateOf } from "./support/accounts";
import { publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("an editor creates an event, corrects it, publishes it, and it is in the public calendar", async ({ page, request }) => {
  await page.goto("/staff/events/new");
  await page.getByLabel("Title in English").fill("Vantaa Day in Jinan");
  await page.getByLabel("Title in Chinese").fill("济南万塔日");
  await page.getByLabel("Kind").selectOption({ label: "Culture week" });
  await page.getByLabel("Starts").fill("2027-06-12");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("End time").fill("09:00");
  await page.getByLabel("Venue (English)").fill("Quancheng Square, Jinan");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByLabel("End time")).toHaveAccessibleDescription(/end time can't be before the start time/);
  await page.getByLabel("End time").fill("16:00");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);

  // A correction: the day moves.
  await page.getByLabel("Starts").fill("2027-06-13");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("region", { name: "History" }).getByRole("row", { name: /Starts 12 Jun 2027 13 Jun 2027/ })).toBeVisible();

  expect(await (await request.get("/events.ics")).text()).not.toContain("Vantaa Day in Jinan");
  await publish(page);

  const calendar = new ICAL.Component(ICAL.parse(await (await request.get("/events.ics")).text()));
  const event = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.summary === "Vantaa Day in Jinan");
  expect(event).toBeDefined();
  // 10:00 to 16:00 in Jinan (UTC+8).
  expect(event!.startDate.toJSDate().toISOString()).toBe("2027-06-13T02:00:00.000Z");
  expect(event!.endDate.toJSDate().toISOString()).toBe("2027-06-13T08:00:00.000Z");
  expect(event!.location).toBe("Quancheng Square, Jinan");
  await page.goto("/zh/events");
  await expect(page.getByRole("link", { name: "济南万塔日" })).toBeVisible();
});
