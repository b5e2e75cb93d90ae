import type { useTranslations } from "next-intl";

/** The partnership picker's words, from an area's catalogue (Delegations or Events). */
export function pickerLabels(t: ReturnType<typeof useTranslations<"Delegations" | "Events">>) {
  return {
    search: t("pickerSearch"),
    add: (label: string) => t("pickerAdd", { label }),
    remove: (label: string) => t("pickerRemove", { label }),
    none: t("pickerNone"),
    noMatch: t("pickerNoMatch"),
    more: (n: number) => t("pickerMore", { n }),
  };
}
