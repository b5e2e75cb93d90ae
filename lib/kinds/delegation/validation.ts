import { z } from "zod";
import { delegationDirections } from "@/db/schema";
import { checkbox, enumField, evenWithOtherErrors, parsedIn, idList, optionalLongText, optionalSlug, optionalText, optionalWholeNumber, requiredText, rows, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { moneyPairIssue, optionalAmount, optionalCurrency } from "@/lib/validation/money";
import { optionalDay, requiredPartialDate } from "@/lib/validation/dates";
import { lenientEnum, lenientId, lenientYear, listSchemaOf } from "@/lib/validation/lists";

export const enterpriseRowSchema = z
  .object({
    nameEn: requiredText(300),
    nameZh: optionalText(300),
    dealAmount: optionalAmount,
    dealCurrency: optionalCurrency,
    note: optionalText(500),
  })
  .superRefine((e, ctx) => {
    if (parsedIn(ctx)("dealAmount", "dealCurrency")) moneyPairIssue({ amount: e.dealAmount, currency: e.dealCurrency }, ctx, { amount: ["dealAmount"], currency: ["dealCurrency"] });
  }, evenWithOtherErrors);

export const delegationSchema = z
  .object({
    slug: optionalSlug,
    direction: enumField(delegationDirections),
    titleEn: requiredText(300),
    titleZh: optionalText(300),
    titleDescriptive: checkbox,
    leaderName: optionalText(200),
    leaderOffice: optionalText(300),
    size: optionalWholeNumber(0, 100_000),
    enterpriseCount: optionalWholeNumber(0, 100_000),
    destinationEn: optionalText(300),
    destinationZh: optionalText(300),
    purposeEn: optionalLongText(4000),
    purposeZh: optionalLongText(4000),
    starts: requiredPartialDate,
    ends: optionalDay,
    outcomesEn: optionalLongText(4000),
    outcomesZh: optionalLongText(4000),
    dealAmount: optionalAmount,
    dealCurrency: optionalCurrency,
    enterprises: rows(enterpriseRowSchema, ["nameEn", "nameZh", "dealAmount", "dealCurrency", "note"], 100),
    partnershipIds: idList(),
  })
  .superRefine((d, ctx) => {
    const parsed = parsedIn(ctx);
    if (parsed("dealAmount", "dealCurrency")) moneyPairIssue({ amount: d.dealAmount, currency: d.dealCurrency }, ctx, { amount: ["dealAmount"], currency: ["dealCurrency"] });
    if (parsed("starts", "ends") && d.ends && d.ends.date < d.starts.date) ctx.addIssue({ code: "custom", path: ["ends"], message: "endBeforeStart" });
  }, evenWithOtherErrors);

export type DelegationInput = z.output<typeof delegationSchema>;
export type DelegationField = FieldNames<typeof delegationSchema>;

export const delegationEditSchema = editSchemaOf(delegationSchema);

export const delegationListSchema = listSchemaOf(
  {
    direction: lenientEnum(delegationDirections),
    year: lenientYear,
    partnership: lenientId,
  },
  ["starts", "title", "updated"],
);

export type DelegationListQuery = z.output<typeof delegationListSchema>;
