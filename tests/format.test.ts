import { describe, expect, it } from "vitest";
import { formatPartialDate, groupBy } from "@/lib/format";
import { safeReturnPath } from "@/lib/forms";
import { slugify } from "@/lib/slug";

describe("dates at their known precision", () => {
  it("show a year alone, a month, or a day, never more than the source gave", () => {
    expect(formatPartialDate("1979-01-01", "year")).toBe("1979");
    expect(formatPartialDate("2021-10-01", "month")).toBe("October 2021");
    expect(formatPartialDate("2021-10-20", "day")).toBe("October 20, 2021");
    expect(formatPartialDate("2021-10-01", "month", "zh-CN")).toBe("2021年10月");
    expect(formatPartialDate(null, null)).toBeNull();
  });
});

describe("slugs", () => {
  it("keep names readable in URLs, whatever their script marks", () => {
    expect(slugify("Klaipėda")).toBe("klaipeda");
    expect(slugify("Świętochłowice")).toBe("swietochlowice");
    expect(slugify("Hachiōji")).toBe("hachioji");
    expect(slugify("Perm Oblast (now Perm Krai)")).toBe("perm-oblast");
    expect(slugify("Tai'an")).toBe("taian");
    expect(slugify("São Paulo (state)")).toBe("sao-paulo");
  });
});

describe("return paths after sign-in", () => {
  it("stay on this site", () => {
    expect(safeReturnPath("/staff/users?x=1")).toBe("/staff/users?x=1");
    expect(safeReturnPath("https://evil.example/")).toBe("/staff");
    expect(safeReturnPath("//evil.example/")).toBe("/staff");
    expect(safeReturnPath("/\\evil.example")).toBe("/staff");
    expect(safeReturnPath(null)).toBe("/staff");
  });
});

describe("groupBy", () => {
  it("groups in first-seen order", () => {
    expect([...groupBy(["b1", "a1", "b2"], (s) => s[0])]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1"]],
    ]);
  });
});
