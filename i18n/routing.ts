import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
  // The language comes from the URL, else the browser's Accept-Language: public pages set no cookie.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
