import { describe, expect, it } from "vitest";
import { formToObject, formValues, safeReturnPath } from "@/lib/forms";
import { parseAmount } from "@/lib/validation/money";
import { parsePartialDate } from "@/lib/validation/dates";
import { fieldErrorsOf } from "@/lib/validation/errors";
import { newUserSchema } from "@/lib/validation/users";
import { agreementEditSchema, agreementSchema } from "@/lib/kinds/agreement/validation";
import { delegationSchema } from "@/lib/kinds/delegation/validation";
import { eventSchema } from "@/lib/kinds/event/validation";
import { partnershipSchema } from "@/lib/kinds/partnership/validation";
import { placeSchema } from "@/lib/kinds/place/validation";
import type { z } from "zod";

const data = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("reading a form", () => {
  it("turns dotted names into rows and keeps multi-select values as lists", () => {
    const object = formToObject(
      data([
        ["titleEn", "Memorandum"],
        ["signatories.1.name", "Ritva Viljanen"],
        ["signatories.0.name", "Sun Shuxian"],
        ["partnershipIds", "3"],
        ["partnershipIds", "7"],
        ["$ACTION_ID_abc", ""],
      ]),
      { multi: ["partnershipIds"] },
    );
    expect(object).toEqual({ titleEn: "Memorandum", signatories: [{ name: "Sun Shuxian" }, { name: "Ritva Viljanen" }], partnershipIds: ["3", "7"] });
  });

  it("keeps a field sent twice as a list (which its schema refuses) instead of silently picking one", () => {
    expect(formToObject(data([["titleEn", "A"], ["titleEn", "B"]]))).toEqual({ titleEn: ["A", "B"] });
  });

  it("ignores names that would reach Object.prototype, and row numbers no form has", () => {
    const object = formToObject(data([["__proto__.0.polluted", "yes"], ["constructor", "x"], ["rows.100.name", "far"], ["rows.x.name", "odd"]]));
    expect(object).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("0");
  });

  it("never sends a password back, and bounds what it echoes", () => {
    const values = formValues(data([["email", "a@example.org"], ["password", "secret"], ["note", "x".repeat(200_000)]]));
    expect(values).not.toHaveProperty("password");
    expect((values.note as string).length).toBe(100_000);
  });
});

describe("dates at their known precision", () => {
  it.each([
    ["1979", { date: "1979-01-01", precision: "year" }],
    ["2021-10", { date: "2021-10-01", precision: "month" }],
    ["2024-02-29", { date: "2024-02-29", precision: "day" }],
    [" 2001-05-17 ", { date: "2001-05-17", precision: "day" }],
  ])("reads %s", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    ["2023-02-29", "impossible"],
    ["2001-02-30", "impossible"],
    ["2001-00", "impossible"],
    ["0000", "range"],
    ["9999", "range"],
    ["17 May 2001", "format"],
    ["2001/05/17", "format"],
    ["", "format"],
  ])("refuses %s (%s)", (text, reason) => {
    expect(parsePartialDate(text)).toBe(reason);
  });
});

describe("exact amounts", () => {
  it.each([
    ["240000000", "240000000"],
    ["240,000,000", "240000000"],
    ["240 000 000", "240000000"],
    ["1250.50", "1250.5"],
    ["0.125", "0.125"],
    ["007", "7"],
    ["99999999999999999.999", "99999999999999999.999"],
  ])("reads %s as %s", (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each(["-5", "1e9", "1.2345", "12,5", "1,2345", "12 5", "NaN", "Infinity", "0x10", "", "100000000000000000"])("refuses %s", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("the way back after signing in (or from the 503 page)", () => {
  // Each value as the server receives it, once the query string is decoded. The browser resolves the redirect against
  // the portal, and Next.js's client router then drops the origin: "/.//evil.example" becomes "//evil.example", which
  // is another site. Tabs and newlines vanish in URL parsing, and "%2e" counts as a dot segment.
  const hostile = [
    "/.//evil.example",
    "/staff/../..//evil.example",
    "/..//evil.example",
    "/\t/evil.example",
    "/\t\\evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%2E//evil.example",
    "/%2e%2e//evil.example",
    "/staff/%2E%2E/%2E%2E//evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "/%09/evil.example",
    "/staff\\..\\..\\evil.example",
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "%2F.%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "javascript:alert(1)",
    "/staff\nSet-Cookie: a=b",
    "/staff?q=a\u0000b",
    "/" + "a".repeat(2001),
    "",
    "staff",
  ];
  it.each(hostile)("%j falls back to the default", (value) => {
    expect(safeReturnPath(value)).toBe("/staff");
    expect(safeReturnPath(value, "/")).toBe("/");
  });

  it("refuses anything but one string", () => {
    expect(safeReturnPath(null)).toBe("/staff");
    expect(safeReturnPath(undefined)).toBe("/staff");
    expect(safeReturnPath(["/staff/users", "/staff/places"])).toBe("/staff");
  });

  it.each([
    "/staff/partnerships?q=a&page=2",
    "/staff/events/12",
    "/staff",
    "/",
    "/en/partners/atlantis#map",
    "/zh/partners?q=%E6%97%A5%E6%9C%AC",
    "/staff/places?q=a%20b",
    "/en/partners?q=http://x.example//y",
  ])("keeps the deep link %j as it is", (value) => {
    expect(safeReturnPath(value)).toBe(value);
  });

  it("keeps a deep link with characters sent unencoded, percent-encoded", () => {
    expect(safeReturnPath("/zh/partners?q=日本")).toBe("/zh/partners?q=%E6%97%A5%E6%9C%AC");
  });
});

/** A form's field errors in the words the form shows, from one parse. */
function errorsOf(schema: z.ZodType, input: Record<string, unknown>): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the form to be refused");
  return fieldErrorsOf(parsed.error);
}

describe("every error of a form in one answer, cross-field checks included", () => {
  it("an agreement that expires before it was signed, with no title and no partnership chosen, gets every error at once", () => {
    // No partnership chosen: the picker sends nothing at all.
    const input = { titleEn: "", kind: "mou", status: "signed", signed: "2026-11-20", expires: "2026-01-01" };
    const expected = {
      partnershipId: ["Choose an existing record."],
      titleEn: ["This field is required."],
      expires: ["It can't expire before it was signed."],
    };
    expect(errorsOf(agreementSchema, input)).toEqual(expected);
    // The edit form, whose schema adds the record's id and version, the same.
    expect(errorsOf(agreementEditSchema, { ...input, id: "7", version: "2" })).toEqual(expected);
  });

  it("a signed agreement with no date, a signatory without an office and an unknown kind: all three", () => {
    const errors = errorsOf(agreementSchema, { partnershipId: "3", titleEn: "Memorandum", kind: "treaty", status: "in_force", signed: "", "signatories": [{ name: "Sun Shuxian", side: "home" }] });
    expect(errors).toEqual({
      kind: ["Choose one of the options."],
      "signatories.0.office": ["This field is required."],
      signed: ["A signed agreement needs the date it was signed."],
    });
  });

  it("a cross-field check is left out when a field it reads is itself wrong", () => {
    // An impossible signing date is its own error; there is no date to compare the expiry with.
    expect(errorsOf(agreementSchema, { partnershipId: "3", titleEn: "", kind: "mou", status: "signed", signed: "2026-02-30", expires: "2026-01-01" })).toEqual({
      titleEn: ["This field is required."],
      signed: ["There is no such date."],
    });
  });

  it("an event that ends before it starts, with an end time before its start time and an unknown kind: every error", () => {
    const errors = errorsOf(eventSchema, { kind: "picnic", titleEn: "Jinan–Vantaa culture week", starts: "2026-12-08", ends: "2026-12-01", startTime: "25:00" });
    expect(errors).toEqual({
      kind: ["Choose one of the options."],
      startTime: ["Enter a time as HH:MM, such as 14:30."],
      ends: ["The end can't be before the start."],
    });
    expect(errorsOf(eventSchema, { kind: "forum", titleEn: "", starts: "2026-12-08", startTime: "15:00", endTime: "14:00" })).toEqual({
      titleEn: ["This field is required."],
      endTime: ["On a one-day event the end time can't be before the start time."],
    });
  });

  it("a delegation that ends before it starts and names no direction; an enterprise's amount without its currency and no name", () => {
    const errors = errorsOf(delegationSchema, {
      titleEn: "Trade delegation",
      direction: "",
      starts: "2026-12-08",
      ends: "2026-12-01",
      enterprises: [{ nameEn: "", dealAmount: "2500000" }],
    });
    expect(errors).toEqual({
      direction: ["Choose one of the options."],
      "enterprises.0.nameEn": ["This field is required."],
      "enterprises.0.dealCurrency": ["Give the currency of this amount."],
      ends: ["The end can't be before the start."],
    });
  });

  it("a partnership of a place with itself, with an impossible date; a place with half its coordinates and no name", () => {
    expect(errorsOf(partnershipSchema, { homePlaceId: "4", partnerPlaceId: "4", type: "sister_city", status: "active", established: "2001-02-30" })).toEqual({
      established: ["There is no such date."],
      partnerPlaceId: ["Choose two different places."],
    });
    expect(errorsOf(placeSchema, { nameEn: "", kind: "city", countryCode: "FI", continent: "europe", latitude: "60.2" })).toEqual({
      nameEn: ["This field is required."],
      longitude: ["Give both latitude and longitude, or neither."],
    });
  });

  it("a new account with a malformed email, no role and an easily guessed password gets all three errors", () => {
    const errors = errorsOf(newUserSchema, { email: "not-an-email", name: "Li Wei", role: "", password: "password1234" });
    expect(Object.keys(errors)).toEqual(["email", "role", "password"]);
    expect(errors.password![0]).toMatch(/^This password is too easy to guess\./);
  });
});
