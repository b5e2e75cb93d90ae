import { expect, test } from "@playwright/test";

/**
 * Every public query parameter and path segment, sent hostile values: each answer is a page (200), a "not found"
 * (404) or a refusal (4xx), never a server error, and nothing sent comes back as live markup.
 */
const hostile = [
  "x".repeat(4000),
  "x".repeat(100_000),
  "",
  "   ",
  "' OR 1=1; DROP TABLE places; --",
  '"><script>alert(1)</script>',
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "\u202eevil\u202c",
  "👩‍👩‍👧‍👦",
  "济南",
  "e\u0301\u0301\u0301",
  "\u0000",
  "-1",
  "99999999999999999999999",
  "NaN",
  "1e309",
  "2026-02-30",
  "0",
  "__proto__",
  "%E0%A4%A",
  "../../etc/passwd",
];

const queries: Record<string, string[]> = {
  "/en/partners": ["q", "country", "continent", "type", "home", "status", "decade", "sort", "page"],
  "/zh/events": ["kind", "year", "page"],
  "/en/delegations": ["direction", "year", "page"],
  "/en/agreements": ["page"],
  "/zh/partners/jinan-vantaa": ["kind", "page"],
};
const segments = ["/en/partners/", "/zh/cities/", "/en/countries/", "/en/events/", "/events/", "/staff/places/", "/"];

const live = ["<script>alert(1)</script>", "<img src=x onerror", "onerror=alert(1)>"];

test("hostile query parameters never cause a server error, and nothing comes back as markup", async ({ request }) => {
  test.setTimeout(120_000);
  for (const [path, names] of Object.entries(queries)) {
    for (const name of names) {
      for (const value of hostile) {
        // Sent raw where it is not valid percent-encoding, as a hand-written URL would be.
        const query = value.startsWith("%") ? `${name}=${value}` : `${name}=${encodeURIComponent(value)}`;
        const response = await request.get(`${path}?${query}&${query}`, { maxRedirects: 0 });
        const label = `${path}?${name}=${value.slice(0, 30)}`;
        expect(response.status(), label).toBeLessThan(500);
        const body = await response.text();
        for (const marker of live) expect(body.includes(marker), `${label} echoed ${marker}`).toBe(false);
      }
    }
  }
});

test("hostile path segments are not found or refused, never a server error", async ({ request }) => {
  for (const base of segments) {
    for (const value of hostile.filter((v) => v.length < 5000)) {
      const segment = value.startsWith("%") ? value : encodeURIComponent(value);
      const response = await request.get(`${base}${segment}${base === "/events/" ? ".ics" : ""}`, { maxRedirects: 0 });
      expect(response.status(), `${base}${value.slice(0, 30)}`).toBeLessThan(500);
      const body = await response.text();
      for (const marker of live) expect(body.includes(marker), `${base}${value.slice(0, 30)} echoed ${marker}`).toBe(false);
    }
  }
});

test("an address that is not valid percent-encoding is a 400, not a server error", async ({ request }) => {
  for (const path of ["/%E0%A4%A", "/en/partners/%E0%A4%A", "/zh/events/%C0", "/staff/places/%FF"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  }
});
