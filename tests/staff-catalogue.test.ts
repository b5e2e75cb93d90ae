import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// The ICU parser use-intl itself formats with (through intl-messageformat), so what it reads is what the pages get.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * The staff workspace's two catalogues, messages/staff.en.json and messages/staff.zh.json, kept in step: the same
 * keys in the same order, the same placeholders, plural and select options and rich-text tags in every message, and
 * the Chinese written with Chinese punctuation and not left in English.
 */

type Catalogue = { [key: string]: string | Catalogue };

const read = (file: string): Catalogue =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", file), "utf8")) as Catalogue;

/** Every message as [key path, text], in the file's order; a nested object is walked, never returned itself. */
function messagesOf(catalogue: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : messagesOf(value, `${prefix}${key}.`),
  );
}

const en = messagesOf(read("staff.en.json"));
const zh = messagesOf(read("staff.zh.json"));
const zhByPath = new Map(zh);

type Shape = { arguments: string[]; tags: string[]; options: Record<string, string[]> };

/** What a translation must keep of a message: its arguments (with their format), plural/select options and tags. */
function shapeOf(message: string): Shape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const options = new Map<string, Set<string>>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
          args.add(el.value);
          break;
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          args.add(`${el.value}, ${TYPE[el.type]}`);
          break;
        case TYPE.plural:
        case TYPE.select: {
          const kind = el.type === TYPE.plural ? "plural" : "select";
          args.add(`${el.value}, ${kind}`);
          const selectors = options.get(`${el.value}, ${kind}`) ?? new Set<string>();
          for (const [selector, option] of Object.entries(el.options)) {
            selectors.add(selector);
            walk(option.value);
          }
          options.set(`${el.value}, ${kind}`, selectors);
          break;
        }
        case TYPE.tag:
          tags.add(el.value);
          walk(el.children);
          break;
      }
    }
  };
  walk(parse(message));
  return {
    arguments: [...args].sort(),
    tags: [...tags].sort(),
    options: Object.fromEntries([...options].map(([arg, selectors]) => [arg, [...selectors].sort()]).sort()),
  };
}

/** A message's own words: its literal text in every plural and select option and tag, without the placeholders. */
function wordsOf(message: string): string {
  const walk = (elements: MessageFormatElement[]): string =>
    elements
      .map((el) => {
        if (el.type === TYPE.literal) return el.value;
        if (el.type === TYPE.pound) return "#";
        if (el.type === TYPE.plural || el.type === TYPE.select) return Object.values(el.options).map((o) => walk(o.value)).join(" ");
        if (el.type === TYPE.tag) return walk(el.children);
        return " ";
      })
      .join("");
  return walk(parse(message));
}

/** The only messages whose Chinese may be exactly the English: tokens that are the same in both languages. */
const sameInBothLanguages = new Set(["—"]);

/** Messages that name a language in itself (the language choice), so read the same in both catalogues. */
const languageSelfNames = new Set(["Account.languages.zh", "Account.languages.en"]);

const han = String.raw`\p{Script=Han}`;
const asciiPunctuation = String.raw`[,:;()?!"]`;
/** ASCII punctuation right before or after a Chinese character (placeholders are ASCII names, so never match). */
const mixedPunctuation = new RegExp(`${han}${asciiPunctuation}|${asciiPunctuation}${han}`, "u");

describe("the staff workspace's Chinese catalogue", () => {
  it("has exactly the English catalogue's keys, nested the same way and in the same order", () => {
    const enPaths = en.map(([key]) => key);
    const zhPaths = zh.map(([key]) => key);
    expect({
      missing: enPaths.filter((key) => !zhByPath.has(key)),
      extra: zhPaths.filter((key) => !enPaths.includes(key)),
    }).toEqual({ missing: [], extra: [] });
    expect(zhPaths).toEqual(enPaths);
  });

  it("keeps every message's placeholders, plural and select options and tags", () => {
    const drift = en.flatMap(([key, english]): { key: string; en?: Shape; zh?: Shape; error?: string }[] => {
      const chinese = zhByPath.get(key);
      if (chinese === undefined) return [];
      let zhShape: Shape;
      try {
        zhShape = shapeOf(chinese);
      } catch (error) {
        return [{ key, error: `not a valid ICU message: ${String(error)}` }];
      }
      const enShape = shapeOf(english);
      return JSON.stringify(zhShape) === JSON.stringify(enShape) ? [] : [{ key, en: enShape, zh: zhShape }];
    });
    expect(drift).toEqual([]);
  });

  it("uses Chinese punctuation in Chinese text", () => {
    const mixed = zh.filter(([, chinese]) => mixedPunctuation.test(chinese)).map(([key, chinese]) => ({ key, chinese }));
    expect(mixed).toEqual([]);
  });

  it("translates every message: none is the English again or English words alone", () => {
    const english = new Map(en);
    const untranslated = zh
      .filter(([key, chinese]) => {
        if (sameInBothLanguages.has(chinese) || languageSelfNames.has(key)) return false;
        if (chinese === english.get(key)) return true;
        // Latin letters are fine beside Chinese (CSV, ISO 4217, Asia/Shanghai), not instead of it.
        const words = wordsOf(chinese);
        return /[A-Za-z]/.test(words) && !new RegExp(han, "u").test(words);
      })
      .map(([key, chinese]) => ({ key, chinese }));
    expect(untranslated).toEqual([]);
  });

  it("checks what it says it checks", () => {
    expect(shapeOf("{count, plural, one {# <b>day</b>} other {# days}} from {start, date}")).toEqual({
      arguments: ["count, plural", "start, date"],
      tags: ["b"],
      options: { "count, plural": ["one", "other"] },
    });
    expect(mixedPunctuation.test("请选择(可选)")).toBe(true);
    expect(mixedPunctuation.test("第{page}页,共{pages}页")).toBe(true);
    expect(mixedPunctuation.test("请输入HH:MM格式，如14:30。")).toBe(false);
    expect(wordsOf("{count, plural, other {# records}}")).toBe("# records");
  });
});
