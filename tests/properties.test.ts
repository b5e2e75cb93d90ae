import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, it } from "vitest";
import { Markdown } from "@/components/public/markdown";
import { markdownToHtml } from "@/lib/markdown";
import { formatPartialDate, maxYear, minYear, optionalPartialDate, optionalTime } from "@/lib/validation/dates";
import { idField, optionalDecimal, optionalSlug, optionalText, optionalUrl, optionalWholeNumber, requiredText } from "@/lib/validation/fields";
import { optionalAmount, parseAmount } from "@/lib/validation/money";
import { agreementSchema } from "@/lib/kinds/agreement/validation";
import { delegationSchema } from "@/lib/kinds/delegation/validation";
import { eventSchema } from "@/lib/kinds/event/validation";
import { partnershipSchema } from "@/lib/kinds/partnership/validation";
import { placeSchema } from "@/lib/kinds/place/validation";

/** What a form can send: strings of every kind (with the awkward characters over-represented), lists, or nothing. */
const awkward = fc.constantFrom("", " ", "\u0000", "\u202e", "\u200d", "👩‍👩‍👧‍👦", "济南", "e\u0301", "'", '"', "<", ">", "&", "\\", "%", "_", "-", ".", ",", ":", "/", "0", "9", "e", "x");
const formString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(awkward, { maxLength: 30 }).map((parts) => parts.join("")),
  fc.stringMatching(/^-?\d{0,25}([.,]\d{0,6})?$/),
  fc.stringMatching(/^\d{1,5}(-\d{1,3}(-\d{1,3})?)?$/),
);
const formValue = fc.oneof(formString, fc.array(formString, { maxLength: 3 }), fc.constant(undefined), fc.anything());

const runs = { numRuns: 400 };

function holds<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, check: (out: T) => boolean) {
  fc.assert(
    fc.property(formValue, (input) => {
      const result = schema.safeParse(input);
      return !result.success || check(result.data as T);
    }),
    runs,
  );
}

const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe("the field schemas, for any input", () => {
  it("text comes out trimmed, bounded and without control characters (or is refused)", () => {
    holds<string>(requiredText(50), (s) => s.length >= 1 && s.length <= 50 && s === s.trim() && !controlCharacters.test(s));
    holds<string | null>(optionalText(50), (s) => s === null || (s.length <= 50 && s.length > 0 && s === s.trim() && !controlCharacters.test(s)));
  });

  it("a partial date is a real day in range, at a precision that carries no invented month or day", () => {
    holds<{ date: string; precision: string } | null>(optionalPartialDate, (d) => {
      if (d === null) return true;
      const [y, m, day] = d.date.split("-").map(Number) as [number, number, number];
      const real = new Date(Date.UTC(y, m - 1, day));
      return (
        real.getUTCFullYear() === y && real.getUTCMonth() === m - 1 && real.getUTCDate() === day && y >= minYear && y <= maxYear &&
        (d.precision === "day" || day === 1) && (d.precision !== "year" || m === 1)
      );
    });
  });

  it("a partial date typed as the form shows it reads back the same", () => {
    const date = fc
      .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom("year", "month", "day"))
      .map(([y, m, d, p]) => formatPartialDate(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, p as "year"));
    fc.assert(fc.property(date, (text) => formatPartialDate(...(Object.values(optionalPartialDate.parse(text)!) as [string, "year"])) === text), runs);
  });

  it("an amount is an exact decimal with at most three places, never a float's rounding", () => {
    holds<string | null>(optionalAmount, (a) => a === null || (/^\d{1,17}(\.\d{0,2}[1-9])?$/.test(a) && !/^0\d/.test(a)));
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), fc.integer({ min: 0, max: 999 })).map(([whole, thousandths]) => ({ whole, thousandths }));
    fc.assert(
      fc.property(amount, ({ whole, thousandths }) => {
        const typed = `${whole.toLocaleString("en-US")}.${String(thousandths).padStart(3, "0")}`;
        const exact = `${whole}${thousandths ? `.${String(thousandths).padStart(3, "0").replace(/0+$/, "")}` : ""}`;
        return parseAmount(typed) === exact;
      }),
      runs,
    );
  });

  it("numbers, ids, times, addresses and slugs come out in their shapes (or are refused)", () => {
    holds<number | null>(optionalWholeNumber(0, 1000), (n) => n === null || (Number.isInteger(n) && n >= 0 && n <= 1000));
    holds<number | null>(optionalDecimal(-90, 90), (n) => n === null || (Number.isFinite(n) && n >= -90 && n <= 90));
    holds<number>(idField, (n) => Number.isInteger(n) && n >= 1 && n <= 2_147_483_647);
    holds<string | null>(optionalTime, (t) => t === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(t));
    holds<string | null>(optionalUrl, (u) => u === null || /^https?:\/\//i.test(u));
    holds<string | null>(optionalSlug, (s) => s === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s));
  });

  it("whole forms never throw, whatever fields they are sent", () => {
    const form = fc.dictionary(
      fc.constantFrom("nameEn", "titleEn", "kind", "countryCode", "continent", "starts", "ends", "signed", "expires", "status", "type", "direction", "partnershipId", "homePlaceId", "partnerPlaceId", "partnershipIds", "dealAmount", "dealCurrency", "startTime", "endTime", "timeZone", "latitude", "longitude", "signatories", "enterprises", "sources", "__proto__", "constructor"),
      fc.oneof(formValue, fc.array(fc.dictionary(fc.string({ maxLength: 8 }), formString), { maxLength: 3 })),
    );
    for (const schema of [placeSchema, partnershipSchema, agreementSchema, delegationSchema, eventSchema]) {
      fc.assert(fc.property(form, (input) => typeof schema.safeParse(input).success === "boolean"), { numRuns: 300 });
    }
  });
});

/** Markdown as an attacker would write it: the known tricks, mixed with ordinary text and formatting. */
const scheme = fc.constantFrom("javascript:", "JaVaScRiPt:", "java\tscript:", " javascript:", "vbscript:", "data:text/html;base64,PHNjcmlwdD4=", "&#106;avascript:", "javascript&colon;", "https://example.org/", "mailto:a@example.org", "/en/partners", "#top");
const payload = fc.constantFrom("alert(1)", "alert(document.cookie)", "");
const piece = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("**bold**", "*em*", "`code`", "\n\n", "- item\n", "> quote\n", "### Heading\n", "&amp;", "&lt;script&gt;"),
  fc.tuple(fc.string({ maxLength: 8 }), scheme, payload).map(([text, s, p]) => `[${text || "x"}](${s}${p})`),
  fc.tuple(scheme, payload).map(([s, p]) => `<${s}${p}>`),
  fc.tuple(scheme, payload).map(([s, p]) => `![img](${s}${p})`),
  fc.tuple(scheme, payload).map(([s, p]) => `[ref][1]\n\n[1]: ${s}${p}\n`),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
    '<div onclick="alert(1)">x</div>',
    "<object data=x></object>",
    "<b onmouseover=alert(1)>x</b>",
  ),
);
const markdown = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(" "));

const allowedTags = new Set(["div", "p", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h3", "h4", "br", "code"]);

/** Only allowed elements, no event handlers, and links only to http(s), mailto or this site. */
function isSafeHtml(html: string): boolean {
  // Text is escaped (&lt;), so every "<" left opens a real element: check those, and their attributes.
  const elements = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));
  const hrefs = elements.flatMap((e) => [...e.attributes.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
  return (
    elements.every((e) => allowedTags.has(e.name)) &&
    elements.every((e) => !/\s(on[a-z]+|src|srcset|action|formaction|style)\s*=/i.test(e.attributes)) &&
    hrefs.every((h) => /^(https?:|mailto:|\/|#)/i.test(h))
  );
}

describe("the Markdown sanitizer, for any input", () => {
  it("renders only allowed elements, no event handlers, and links only to http(s), mailto or this site", () => {
    fc.assert(
      fc.property(markdown, (source) => isSafeHtml(renderToStaticMarkup(createElement(Markdown, { source })))),
      { numRuns: 500 },
    );
  });

  it("gives the Atom feed HTML under the same rules", () => {
    fc.assert(
      fc.property(markdown, (source) => isSafeHtml(markdownToHtml(source))),
      { numRuns: 500 },
    );
  });
});
