import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { partnerships, places } from "@/db/schema";

/** The two sides of a partnership, as aliases every public query joins the same way. */
export const home = alias(places, "home");
export const partner = alias(places, "partner");

export const joinHome = eq(home.id, partnerships.homePlaceId);
export const joinPartner = eq(partner.id, partnerships.partnerPlaceId);

/** What the public may see: a published partnership between two published places. */
export const publicTie = and(
  eq(partnerships.publication, "published"),
  eq(home.publication, "published"),
  eq(partner.publication, "published"),
)!;
