/**
 * The values of Amity's enumerations: the stable keys the code, the URLs (?type=sister_city) and the CSV use. They
 * live here, apart from db/schema.ts, so that a form in the browser can list them without bundling the ORM.
 */

export const placeKinds = ["province", "prefecture", "state", "region", "county", "city", "district"] as const;

export const continents = ["africa", "asia", "europe", "north_america", "south_america", "oceania"] as const;

export const partnershipTypes = ["sister_city", "friendly_cooperation", "province_state"] as const;

/**
 * A tie's standing as a source or the office states it. "not_recorded" is the honest default: most sources give a
 * tie's type and year but say nothing about whether it is active today.
 */
export const partnershipStatuses = ["not_recorded", "in_contact", "letter_of_intent", "active", "dormant", "ended"] as const;

/**
 * What a source is, strongest first: the office's own (Chinese) government, the partner's government, a news report,
 * a twinning association, a third party's list (aggregator), a blog. A tie whose every source is an aggregator or a
 * blog is unverified (lib/kinds/partnership/sources.ts).
 */
export const sourceKinds = ["official_home", "official_partner", "news", "association", "aggregator", "blog"] as const;

/** How much of a date the sources give: old ties are often known by their year alone. */
export const datePrecisions = ["year", "month", "day"] as const;

export const publicationStates = ["draft", "published"] as const;

export const agreementKinds = [
  "sister_city_agreement",
  "mou",
  "cooperation_agreement",
  "letter_of_intent",
  "renewal",
] as const;

export const agreementStatuses = ["draft", "signed", "in_force", "expired", "terminated"] as const;

export const signatorySides = ["home", "partner"] as const;

export const delegationDirections = ["incoming", "outgoing"] as const;

export const eventKinds = [
  "trade_talk",
  "conference",
  "exhibition",
  "culture_week",
  "festival",
  "forum",
  "online_meeting",
  "ceremony",
  "donation",
  "project",
  "other",
] as const;

export const userRoles = ["viewer", "editor", "admin"] as const;

export const auditActions = [
  "create",
  "update",
  "delete",
  "archive",
  "publish",
  "unpublish",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "submit_for_review",
  "send_back",
  "withdraw",
  "schedule",
  "unschedule",
  "expire",
] as const;

/**
 * The second pair of eyes ("2i") a change to what the public sees goes through: a publication, an unpublication or an
 * archiving of a published record, or a change to a published record's text, is submitted by one editor and approved
 * (or sent back with a comment) by another, or done at once by an administrator who gives a reason.
 */
export const reviewOperations = ["publish", "unpublish", "archive", "change"] as const;

/** Where a review stands: waiting for a reviewer, sent back to its author, or approved for a later moment. */
export const reviewStates = ["submitted", "sent_back", "scheduled"] as const;

/** The staff workspace's languages: each account chooses; Chinese for new accounts (the office's own staff). */
export const staffLocales = ["zh", "en"] as const;

export type UserRole = (typeof userRoles)[number];
export type PublicationState = (typeof publicationStates)[number];
export type AuditAction = (typeof auditActions)[number];
export type ReviewOperation = (typeof reviewOperations)[number];
export type ReviewState = (typeof reviewStates)[number];
export type StaffLocale = (typeof staffLocales)[number];

/** The currencies offered first in forms; any ISO 4217 code is accepted. */
export const commonCurrencies = ["CNY", "EUR", "USD", "JPY", "KRW", "GBP", "CAD", "AUD", "HKD", "RUB"] as const;
