import { randomUUID } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { storageStateOf } from "./accounts";

/** A partner place as the staff form takes it (in Finland, in Europe, unless told otherwise). */
export interface PlaceFields {
  nameEn: string;
  nameZh?: string;
  slug?: string;
  country?: string;
  continent?: string;
  latitude?: string;
  longitude?: string;
}

/** Fills the new-place form and presses Create: the place is a draft. Answers its staff page's address. */
export async function createPlace(page: Page, place: PlaceFields): Promise<string> {
  await page.goto("/staff/places/new");
  await page.getByLabel("Name in English").fill(place.nameEn);
  if (place.nameZh) await page.getByLabel("Name in Chinese").fill(place.nameZh);
  if (place.slug) await page.getByLabel("Web address (slug)").fill(place.slug);
  await page.getByLabel("Country").selectOption(place.country ?? "FI");
  await page.getByLabel("Continent").selectOption(place.continent ?? "europe");
  if (place.latitude) await page.getByLabel("Latitude").fill(place.latitude);
  if (place.longitude) await page.getByLabel("Longitude").fill(place.longitude);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/places\/\d+\?notice=created$/);
  return page.url().replace(/\?.*$/, "");
}

/** A partnership as the staff form takes it: both places by their English names (a friendly-cooperation city by default). */
export interface PartnershipFields {
  home: string;
  partner: string;
  slug?: string;
  type?: string;
  established?: string;
  summaryEn?: string;
  storyEn?: string;
  featured?: boolean;
}

/** Fills the new-partnership form and presses Create: the partnership is a draft. Answers its staff page's address. */
export async function createPartnership(page: Page, tie: PartnershipFields): Promise<string> {
  await page.goto("/staff/partnerships/new");
  await page.getByLabel("Shandong side").selectOption({ label: tie.home });
  await page.getByLabel("Partner place").selectOption({ label: tie.partner });
  if (tie.slug) await page.getByLabel("Web address (slug)").fill(tie.slug);
  await page.getByLabel("Type").selectOption({ label: tie.type ?? "Friendly-cooperation city" });
  if (tie.established) await page.getByLabel("Established").fill(tie.established);
  if (tie.summaryEn) await page.getByLabel("Summary in English").fill(tie.summaryEn);
  if (tie.storyEn) await page.getByLabel("Story in English (Markdown)").fill(tie.storyEn);
  if (tie.featured) await page.getByLabel("Feature it on the home page").check();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/partnerships\/\d+\?notice=created$/);
  return page.url().replace(/\?.*$/, "");
}

/** The choice a record that lacks Chinese asks for when it is published (submitted, approved or published at once). */
export const acceptEnglishLabel = "Publish with the English text marked as English where Chinese is missing";

/**
 * Ticks the form's "Publish with the English text marked as English" where the record lacks Chinese and so the form
 * asks for it: the specs' own records are often in English only. e2e/staff-translations.spec.ts is about the choice
 * itself (refused without it).
 */
async function acceptEnglishIfAsked(form: Locator): Promise<void> {
  const choice = form.getByLabel(acceptEnglishLabel);
  if (await choice.count()) await choice.check();
}

/** The form on a record's page that holds the button of this name. */
const formWith = (page: Page, button: string) => page.locator("form").filter({ has: page.getByRole("button", { name: button, exact: true }) });

/**
 * Publishes the record whose staff page is open, as the office does: its editor submits it for review, the demo's
 * second editor approves it, and the page is opened again as its author now sees it (published, at its new version).
 */
export async function publish(page: Page): Promise<void> {
  const url = page.url().replace(/\?.*$/, "");
  await acceptEnglishIfAsked(formWith(page, "Submit for review"));
  await page.getByRole("button", { name: "Submit for review" }).click();
  // A save, its redirect and the record's page rendered anew: on a machine busy with other tests, more than 5 s.
  await expect(page.getByRole("status")).toHaveText(/^Submitted for review/, { timeout: 15_000 });
  await approveAsReviewer(page.context().browser()!, url, "Approve and publish");
  // The record's page as its author sees it now: published, at its new version.
  await page.goto(url);
}

/** The demo's second editor opens a record's page and approves the change waiting there (its button's name). */
export async function approveAsReviewer(browser: Browser, url: string, button = "Approve and publish"): Promise<void> {
  const reviewer = await browser.newContext({ storageState: storageStateOf("reviewer") });
  try {
    const page = await reviewer.newPage();
    await page.goto(url);
    await acceptEnglishIfAsked(formWith(page, button));
    await page.getByRole("button", { name: button }).click();
    // The change, the public pages' revalidation and the page rendered anew: on a busy machine, more than 5 s.
    await expect(page.getByRole("status")).toHaveText("Approved: the change is made, and the public site shows it now.", { timeout: 15_000 });
  } finally {
    await reviewer.close();
  }
}

/**
 * Publishes the record whose staff page is open at once, as an administrator may ("Publish without review", with a
 * reason): how specs that only need published data of their own make it, in one step. The review itself is what
 * `publish` and e2e/staff-review.spec.ts go through.
 */
export async function publishWithoutReview(page: Page, reason = "Test data of the spec's own"): Promise<void> {
  await page.getByText("As an administrator, without review").click();
  await page.getByLabel("Reason for going without review").fill(reason);
  await acceptEnglishIfAsked(formWith(page, "Publish without review"));
  await page.getByRole("button", { name: "Publish without review" }).click();
  await expect(page.getByRole("status")).toHaveText("Published: it is on the public site now.", { timeout: 15_000 });
}

/** A published partnership of a test's own: its partner place (name, address) and the partnership's title and address. */
export interface OwnPartnership {
  place: string;
  placeSlug: string;
  title: string;
  slug: string;
}

/**
 * A new partner place in Finland, with a position, and its partnership with Qingdao (2019), both made through the
 * staff forms and published at once by the demo administrator: data of the test's own on the public site, under a name
 * no other test uses, for a public spec that counts what it made whatever else the staff specs publish meanwhile.
 */
export async function publishOwnPartnership(browser: Browser): Promise<OwnPartnership> {
  const token = randomUUID().slice(0, 8);
  const own = { place: `Testby ${token}`, placeSlug: `testby-${token}`, title: `Qingdao – Testby ${token}`, slug: `qingdao-testby-${token}` };
  const staff = await browser.newContext({ storageState: storageStateOf("admin") });
  try {
    const page = await staff.newPage();
    await createPlace(page, { nameEn: own.place, slug: own.placeSlug, latitude: "62.6", longitude: "29.76" });
    await publishWithoutReview(page);
    await createPartnership(page, { home: "Qingdao", partner: own.place, slug: own.slug, established: "2019" });
    await publishWithoutReview(page);
  } finally {
    await staff.close();
  }
  return own;
}
