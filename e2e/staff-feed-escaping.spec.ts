import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("staff text reaches the Atom feed as text, and a Markdown story as the site's sanitized HTML", async ({ page, request }) => {
  const token = randomUUID().slice(0, 8);
  const placeName = `<script>alert(1)</script> & Co ${token}`;
  await createPlace(page, { nameEn: placeName, slug: `feed-escaping-${token}` });
  await publish(page);
  await createPartnership(page, {
    home: "Qingdao",
    partner: placeName,
    established: "2026-11",
    storyEn: "Raw <img src=x onerror=alert(1)> in the text, [a trap](javascript:alert(1)), [the office](https://example.org/) and **bold**.",
  });
  await publish(page);

  const xml = await (await request.get("/feed.xml")).text();
  // Nothing in the file may be markup a reader could run, whatever type it declares.
  expect(xml).not.toContain("<script");
  expect(xml).not.toMatch(/onerror/i);
  expect(xml).not.toMatch(/javascript:/i);

  // Read as a feed reader does: XML first, then the declared type of each text construct (RFC 4287, 3.1).
  await page.goto("/en");
  const entry = await page.evaluate(
    ({ text, token }) => {
      const atom = "http://www.w3.org/2005/Atom";
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const found = [...doc.getElementsByTagNameNS(atom, "entry")].find((e) => e.getElementsByTagNameNS(atom, "title")[0]?.textContent?.includes(token));
      const title = found?.getElementsByTagNameNS(atom, "title")[0];
      const content = found?.getElementsByTagNameNS(atom, "content")[0];
      const html = new DOMParser().parseFromString(content?.textContent ?? "", "text/html").body;
      const elements = [...html.querySelectorAll("*")];
      return {
        wellFormed: doc.getElementsByTagName("parsererror").length === 0,
        titleType: title?.getAttribute("type") ?? "text",
        title: title?.textContent,
        contentType: content?.getAttribute("type"),
        tags: [...new Set(elements.map((e) => e.localName))].sort(),
        handlers: elements.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
        links: elements.filter((e) => e.localName === "a").map((a) => a.getAttribute("href")),
        strong: [...html.querySelectorAll("strong")].map((s) => s.textContent),
        text: html.textContent,
      };
    },
    { text: xml, token },
  );
  expect(entry).toMatchObject({ wellFormed: true, titleType: "text", title: `Qingdao – ${placeName}`, contentType: "html" });
  expect(entry.tags).toEqual(["a", "p", "strong"]);
  expect(entry.handlers).toEqual([]);
  expect(entry.links).toEqual(["https://example.org/"]);
  expect(entry.strong).toEqual(["bold"]);
  expect(entry.text).toMatch(/^Raw\s+in the text, a trap, the office and bold\.$/);
});
