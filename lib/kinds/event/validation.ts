import { z } from "zod";
import { eventKinds } from "@/db/schema";
import { checkbox, enumField, evenWithOtherErrors, parsedIn, idList, optionalLongText, optionalSlug, optionalText, requiredText, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { optionalDay, optionalPartialDate, optionalTime } from "@/lib/validation/dates";
import { lenientEnum, lenientId, lenientYear, listSchemaOf } from "@/lib/validation/lists";
import { officeTimeZone } from "@/lib/office-clock";
import { ianaTimeZone } from "@/lib/time-zones";

export const eventSchema = z
  .object({
    slug: optionalSlug,
    kind: enumField(eventKinds),
    titleEn: requiredText(300),
    titleZh: optionalText(300),
    titleDescriptive: checkbox,
    starts: optionalPartialDate,
    ends: optionalDay,
    startTime: optionalTime,
    endTime: optionalTime,
    timeZone: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : officeTimeZone),
      // Stored as IANA spells it (lib/time-zones.ts); anything else is named as what to do, not "choose an option".
      z.string().transform((typed, ctx) => ianaTimeZone(typed) ?? (ctx.addIssue({ code: "custom", message: "timeZone" }), z.NEVER)),
    ),
    online: checkbox,
    venueEn: optionalText(300),
    venueZh: optionalText(300),
    organisersEn: optionalText(500),
    organisersZh: optionalText(500),
    descriptionEn: optionalLongText(),
    descriptionZh: optionalLongText(),
    partnershipIds: idList(),
  })
  .superRefine((e, ctx) => {
    const parsed = parsedIn(ctx);
    const dates = parsed("starts", "ends");
    const times = parsed("startTime", "endTime");
    if (dates && e.ends && !e.starts) ctx.addIssue({ code: "custom", path: ["starts"], message: "required" });
    if (dates && e.ends && e.starts && e.ends.date < e.starts.date) ctx.addIssue({ code: "custom", path: ["ends"], message: "endBeforeStart" });
    if (times && parsed("starts") && (e.startTime || e.endTime) && e.starts?.precision !== "day") {
      ctx.addIssue({ code: "custom", path: ["starts"], message: "dayDate" });
    }
    if (times && e.endTime && !e.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "endTimeWithoutStart" });
    const oneDay = !e.ends || e.ends.date === e.starts?.date;
    if (dates && times && oneDay && e.startTime && e.endTime && e.endTime < e.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "endTimeBeforeStart" });
    }
  }, evenWithOtherErrors);

export type EventInput = z.output<typeof eventSchema>;
export type EventField = FieldNames<typeof eventSchema>;

export const eventEditSchema = editSchemaOf(eventSchema);

export const eventListSchema = listSchemaOf(
  {
    kind: lenientEnum(eventKinds),
    year: lenientYear,
    partnership: lenientId,
  },
  ["starts", "title", "updated"],
);

export type EventListQuery = z.output<typeof eventListSchema>;
