import { z } from "zod";
import { agreementKinds, agreementStatuses, partnershipStatuses, signatorySides } from "@/db/schema";
import { checkbox, enumField, evenWithOtherErrors, parsedIn, idField, optionalEnumField, optionalLongText, optionalText, requiredText, rows, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { optionalDay, optionalPartialDate } from "@/lib/validation/dates";
import { lenientEnum, lenientId, listSchemaOf } from "@/lib/validation/lists";

export const signatoryRowSchema = z.object({
  name: requiredText(200),
  nameZh: optionalText(200),
  office: requiredText(300),
  officeZh: optionalText(300),
  side: enumField(signatorySides),
});

export const agreementSchema = z
  .object({
    partnershipId: idField,
    titleEn: requiredText(300),
    titleZh: optionalText(300),
    titleDescriptive: checkbox,
    kind: enumField(agreementKinds),
    status: enumField(agreementStatuses),
    signed: optionalPartialDate,
    signedPlaceEn: optionalText(200),
    signedPlaceZh: optionalText(200),
    expires: optionalDay,
    summaryEn: optionalLongText(4000),
    summaryZh: optionalLongText(4000),
    signatories: rows(signatoryRowSchema, ["name", "nameZh", "office", "officeZh"], 20),
    /** Optionally move the partnership to another stage with this agreement (letter of intent → active…). */
    partnershipStatus: optionalEnumField(partnershipStatuses),
    /**
     * The partnership and stage the form showed ("12:letter_of_intent"), so a move never undoes someone else's change
     * of stage made since.
     */
    partnershipStageSeen: z
      .preprocess((v) => (typeof v === "string" && /^\d{1,10}:[a-z_]{1,40}$/.test(v) ? v : undefined), z.string().optional())
      .transform((v) => {
        if (!v) return null;
        const [id, status] = v.split(":");
        return (partnershipStatuses as readonly string[]).includes(status!)
          ? { partnershipId: Number(id), status: status as (typeof partnershipStatuses)[number] }
          : null;
      }),
  })
  .superRefine((a, ctx) => {
    const parsed = parsedIn(ctx);
    if (parsed("status", "signed") && a.status !== "draft" && !a.signed) ctx.addIssue({ code: "custom", path: ["signed"], message: "signedNeedsDate" });
    if (parsed("signed", "expires") && a.signed && a.expires && a.expires.date < a.signed.date) {
      ctx.addIssue({ code: "custom", path: ["expires"], message: "expiryBeforeSigning" });
    }
  }, evenWithOtherErrors);

export type AgreementInput = z.output<typeof agreementSchema>;
export type AgreementField = FieldNames<typeof agreementSchema>;

export const agreementEditSchema = editSchemaOf(agreementSchema);

export const agreementListSchema = listSchemaOf(
  {
    kind: lenientEnum(agreementKinds),
    status: lenientEnum(agreementStatuses),
    partnership: lenientId,
  },
  ["signed", "title", "updated"],
);

export type AgreementListQuery = z.output<typeof agreementListSchema>;
