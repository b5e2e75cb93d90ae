import { describe, expect, expectTypeOf, it } from "vitest";
import { recordFormValues } from "@/lib/forms";
import type { AgreementField } from "@/lib/kinds/agreement/validation";
import type { PlaceField } from "@/lib/kinds/place/validation";

/**
 * A kind's field names come from its schema, so a form, its initial values and the stored fields agree or the build
 * fails (`npm run typecheck` checks the @ts-expect-error lines below: each must be an error). The runtime half checks
 * what a staff member sees in the form: stored values as typed, empty for none, a ticked box as "on".
 */
describe("a kind's fields", () => {
  it("are the names its schema parses, and nothing else", () => {
    expectTypeOf<"titleEn">().toExtend<AgreementField>();
    expectTypeOf<"signed">().toExtend<AgreementField>();
    // @ts-expect-error the agreement form has no "title" field (it is titleEn)
    expectTypeOf<"title">().toExtend<AgreementField>();
    // @ts-expect-error "signedOn" is stored, but the form sends "signed" (a partial date)
    expectTypeOf<"signedOn">().toExtend<AgreementField>();
  });

  it("show a stored record in its form: text as stored, nothing as empty, a ticked box as on, rows numbered", () => {
    const stored = { nameEn: "Qingdao", nameZh: null, isHome: true, population: 10_071_722, archivedAt: "x" };
    const values = recordFormValues<PlaceField, typeof stored>(stored, ["nameEn", "nameZh", "isHome", "population"]);
    expect(values).toEqual({ nameEn: "Qingdao", nameZh: "", isHome: "on", population: "10071722" });
    // @ts-expect-error "archivedAt" is stored but is no field of the place form
    recordFormValues<PlaceField, typeof stored>(stored, ["archivedAt"]);
    const rows = recordFormValues<AgreementField, { titleEn: string }>({ titleEn: "MoU" }, ["titleEn"], {}, { signatories: [{ name: "Li", nameZh: null }] });
    expect(rows).toEqual({ titleEn: "MoU", "signatories.0.name": "Li", "signatories.0.nameZh": "" });
    expect(recordFormValues<PlaceField, { isHome: boolean }>({ isHome: false }, ["isHome"])).toEqual({});
  });
});
