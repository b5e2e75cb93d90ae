import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  type ExtraConfigColumn,
  bigint,
  boolean,
  char,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  placeKinds,
  continents,
  partnershipTypes,
  partnershipStatuses,
  sourceKinds,
  datePrecisions,
  publicationStates,
  agreementKinds,
  agreementStatuses,
  signatorySides,
  delegationDirections,
  eventKinds,
  userRoles,
  auditActions,
  reviewOperations,
  reviewStates,
  staffLocales,
} from "../lib/enums";
import { attachmentKinds, attachmentMediaTypes, attachmentStorages, maxAttachmentBytes } from "../lib/attachments/enums";

export {
  placeKinds,
  continents,
  partnershipTypes,
  partnershipStatuses,
  sourceKinds,
  datePrecisions,
  publicationStates,
  agreementKinds,
  agreementStatuses,
  signatorySides,
  delegationDirections,
  eventKinds,
  userRoles,
  auditActions,
  reviewOperations,
  reviewStates,
  staffLocales,
};

// ---------------------------------------------------------------------------------------------------------------
// Enumerations. Their values are the stable keys the code, the URLs (?type=sister_city) and the CSV use; the words a
// visitor reads come from the message catalogue.
// ---------------------------------------------------------------------------------------------------------------

export const placeKind = pgEnum("place_kind", placeKinds);

export const continent = pgEnum("continent", continents);

export const partnershipType = pgEnum("partnership_type", partnershipTypes);

export const partnershipStatus = pgEnum("partnership_status", partnershipStatuses);

export const sourceKind = pgEnum("source_kind", sourceKinds);

export const datePrecision = pgEnum("date_precision", datePrecisions);

export const publicationState = pgEnum("publication_state", publicationStates);

export const agreementKind = pgEnum("agreement_kind", agreementKinds);

export const agreementStatus = pgEnum("agreement_status", agreementStatuses);

export const signatorySide = pgEnum("signatory_side", signatorySides);

export const delegationDirection = pgEnum("delegation_direction", delegationDirections);

export const eventKind = pgEnum("event_kind", eventKinds);

export const userRole = pgEnum("user_role", userRoles);

export const auditAction = pgEnum("audit_action", auditActions);

export const reviewOperation = pgEnum("review_operation", reviewOperations);

export const reviewState = pgEnum("review_state", reviewStates);

export const staffLocale = pgEnum("staff_locale", staffLocales);

// ---------------------------------------------------------------------------------------------------------------
// Column groups shared by every content table.
// ---------------------------------------------------------------------------------------------------------------

const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();

/** Who made and last changed a record, when, whether the public may see it, and its optimistic-lock version. */
const contentColumns = () => ({
  publication: publicationState("publication").notNull().default("draft"),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
  updatedById: integer("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
});

const slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

/**
 * Text as searches compare it: lower-cased and unaccented ("Świętochłowice" → "swietochlowice", "Straße" →
 * "strasse"), Chinese unchanged. `search_fold` is the IMMUTABLE wrapper of `unaccent` that migration 0006 creates
 * (unaccent itself is only STABLE, which a generated column can't use). The fields are joined by a line break, which
 * no search word contains (lib/search.ts splits words at white space), so a word never matches across two fields.
 * A GIN trigram index (pg_trgm) on each such column answers `LIKE '%word%'` without reading the table. The indexes
 * are written through (`fastupdate` off): with GIN's default pending list, rows written in bulk (a seed, an import)
 * sit unindexed until the next VACUUM and every search scans them all, which made a one-match search take 3 to 4 ms
 * per column instead of 0.1 ms. Amity writes a few records a day and searches many times a second.
 */
const searchText = (...columns: string[]) =>
  sql.raw(`search_fold(${columns.map((c) => `coalesce(${c}, '')`).join(" || E'\\n' || ")})`);
const trigramIndex = (name: string, column: ExtraConfigColumn) => index(name).using("gin", column.op("gin_trgm_ops")).with({ fastupdate: false });

/**
 * A partial date is stored as the first day of its period plus its precision: 1979 is 1979-01-01 with "year".
 * The check keeps the two honest: a year-precision date can't carry a month or a day the source never gave.
 */
const partialDateCheck = (name: string, dateCol: string, precisionCol: string) =>
  check(
    name,
    sql.raw(
      `(${dateCol} IS NULL AND ${precisionCol} IS NULL) OR (${dateCol} IS NOT NULL AND ${precisionCol} IS NOT NULL AND (` +
        `${precisionCol} = 'day' OR ` +
        `(${precisionCol} = 'month' AND extract(day FROM ${dateCol}) = 1) OR ` +
        `(${precisionCol} = 'year' AND extract(day FROM ${dateCol}) = 1 AND extract(month FROM ${dateCol}) = 1)))`,
    ),
  );

// ---------------------------------------------------------------------------------------------------------------
// Users and the audit log.
// ---------------------------------------------------------------------------------------------------------------

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("viewer"),
    active: boolean("active").notNull().default(true),
    /** Bumped on deactivation, role change or password reset: every session issued before stops working. */
    sessionVersion: integer("session_version").notNull().default(1),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /**
     * The office the account works for, as the home place (a city of the province) whose office it is: its staff change
     * only that place's ties and what belongs to them (lib/records/offices.ts). Null: the top office (the province's),
     * which changes every tie and manages every account.
     */
    officePlaceId: integer("office_place_id").references((): AnyPgColumn => places.id, { onDelete: "restrict" }),
    /** The language of the staff workspace this account reads: its own setting, kept across sessions. */
    locale: staffLocale("locale").notNull().default("zh"),
    /**
     * The optimistic-lock version of the account's staff forms, with who and when beside it, as on every other record:
     * bumped by an administrator's change (role, access, password, sign-in limits). Signing in and out leave it alone.
     */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedById: integer("updated_by_id").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_email_shape", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$' AND length(${t.email}) <= 254`),
    check("users_name_not_blank", sql`length(btrim(${t.name})) > 0`),
    check("users_password_hash_argon2id", sql`${t.passwordHash} LIKE '$argon2id$%'`),
    index("users_office_place_idx").on(t.officePlaceId),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Kept beside actor_id so the log still says who it was if the account is ever removed. */
    actorEmail: text("actor_email"),
    action: auditAction("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at),
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
  ],
);

/**
 * Failed sign-ins per account (the email typed, whether or not it exists), per client address, and per account at one
 * address, in the database so that the limits hold across restarts and several server instances (lib/data/throttle.ts).
 */
export const signInThrottle = pgTable(
  "sign_in_throttle",
  {
    /** "account:<email, lower case>", "client:<address>" or "pair:<address>|<email, lower case>". */
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** How many times in a row this key was locked: each lock lasts longer. */
    lockouts: integer("lockouts").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("sign_in_throttle_key_shape", sql`${t.key} ~ '^(account|client|pair):' AND length(${t.key}) <= 320`),
    check("sign_in_throttle_counts_non_negative", sql`${t.failures} >= 0 AND ${t.lockouts} >= 0`),
    index("sign_in_throttle_updated_idx").on(t.updatedAt),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// Places and partnerships.
// ---------------------------------------------------------------------------------------------------------------

export const places = pgTable(
  "places",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh"),
    kind: placeKind("kind").notNull(),
    /** The administrative area the place lies in, as sources spell it ("Yamaguchi Prefecture", "California"). */
    regionEn: text("region_en"),
    regionZh: text("region_zh"),
    countryCode: char("country_code", { length: 2 }).notNull(),
    continent: continent("continent").notNull(),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    population: bigint("population", { mode: "number" }),
    /** What the place is now, where it has merged or been renamed ("Auckland (merged in 2010)"). */
    successorEn: text("successor_en"),
    successorZh: text("successor_zh"),
    descriptionEn: text("description_en"),
    descriptionZh: text("description_zh"),
    /** The office's own province and cities, as opposed to foreign partners. */
    isHome: boolean("is_home").notNull().default(false),
    /** The names in both languages, and the region in both, as searches compare them (searchText). */
    searchName: text("search_name").notNull().generatedAlwaysAs(searchText("name_en", "name_zh")),
    searchRegion: text("search_region").notNull().generatedAlwaysAs(searchText("region_en", "region_zh")),
    ...contentColumns(),
  },
  (t) => [
    check("places_slug_shape", sql`${t.slug} ~ '${sql.raw(slugPattern)}'`),
    check("places_name_en_not_blank", sql`length(btrim(${t.nameEn})) > 0`),
    check("places_country_code_iso2", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check("places_latitude_range", sql`${t.latitude} BETWEEN -90 AND 90`),
    check("places_longitude_range", sql`${t.longitude} BETWEEN -180 AND 180`),
    check("places_coordinates_together", sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
    check("places_population_non_negative", sql`${t.population} >= 0`),
    check("places_version_positive", sql`${t.version} > 0`),
    index("places_country_idx").on(t.countryCode),
    index("places_continent_idx").on(t.continent),
    index("places_is_home_idx").on(t.isHome),
    index("places_publication_idx").on(t.publication),
    index("places_name_en_idx").on(t.nameEn),
    trigramIndex("places_search_name_idx", t.searchName),
    trigramIndex("places_search_region_idx", t.searchRegion),
    trigramIndex("places_slug_trgm_idx", t.slug),
  ],
);

export const partnerships = pgTable(
  "partnerships",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    homePlaceId: integer("home_place_id")
      .notNull()
      .references(() => places.id, { onDelete: "restrict" }),
    partnerPlaceId: integer("partner_place_id")
      .notNull()
      .references(() => places.id, { onDelete: "restrict" }),
    type: partnershipType("type").notNull(),
    status: partnershipStatus("status").notNull().default("not_recorded"),
    establishedOn: date("established_on", { mode: "string" }),
    establishedPrecision: datePrecision("established_precision"),
    summaryEn: text("summary_en"),
    summaryZh: text("summary_zh"),
    bodyEn: text("body_en"),
    bodyZh: text("body_zh"),
    /** A visible note where the sources disagree (on the year, the type or the partner). */
    sourceNoteEn: text("source_note_en"),
    sourceNoteZh: text("source_note_zh"),
    featured: boolean("featured").notNull().default(false),
    /** The summaries in both languages, as searches compare them (searchText). */
    searchSummary: text("search_summary").notNull().generatedAlwaysAs(searchText("summary_en", "summary_zh")),
    ...contentColumns(),
  },
  (t) => [
    check("partnerships_slug_shape", sql`${t.slug} ~ '${sql.raw(slugPattern)}'`),
    check("partnerships_distinct_places", sql`${t.homePlaceId} <> ${t.partnerPlaceId}`),
    partialDateCheck("partnerships_established_precision", "established_on", "established_precision"),
    check("partnerships_version_positive", sql`${t.version} > 0`),
    uniqueIndex("partnerships_home_partner_key").on(t.homePlaceId, t.partnerPlaceId),
    index("partnerships_partner_place_idx").on(t.partnerPlaceId),
    index("partnerships_type_idx").on(t.type),
    index("partnerships_status_idx").on(t.status),
    index("partnerships_established_on_idx").on(t.establishedOn),
    index("partnerships_publication_idx").on(t.publication, t.updatedAt),
    trigramIndex("partnerships_search_summary_idx", t.searchSummary),
    trigramIndex("partnerships_slug_trgm_idx", t.slug),
  ],
);

/** Citations a partnership rests on, in the order staff list them; the first is the one its year and type come from. */
export const partnershipSources = pgTable(
  "partnership_sources",
  {
    id: id(),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    /** The citation as recorded (a URL, or a reference such as a repository and file). */
    citation: text("citation").notNull(),
    url: text("url"),
    /** What the source is, as a reader would cite it ("Xinhua, 22 June 2018"), in each language. */
    titleEn: text("title_en"),
    titleZh: text("title_zh"),
    /** Null where staff have not said what kind of source it is. */
    kind: sourceKind("kind"),
    note: text("note"),
  },
  (t) => [
    uniqueIndex("partnership_sources_position_key").on(t.partnershipId, t.position),
    check("partnership_sources_citation_not_blank", sql`length(btrim(${t.citation})) > 0`),
    check("partnership_sources_url_http", sql`${t.url} ~ '^https?://'`),
    check("partnership_sources_position_non_negative", sql`${t.position} >= 0`),
  ],
);

/**
 * The dated steps of a tie's history where it has more than one: a protocol before full twinning, friendly cooperation
 * before sister-city status, a resolution before the signing.
 */
export const partnershipSteps = pgTable(
  "partnership_steps",
  {
    id: id(),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    precision: datePrecision("precision").notNull(),
    labelEn: text("label_en").notNull(),
    labelZh: text("label_zh"),
  },
  (t) => [
    uniqueIndex("partnership_steps_position_key").on(t.partnershipId, t.position),
    partialDateCheck("partnership_steps_precision", "occurred_on", "precision"),
    check("partnership_steps_label_not_blank", sql`length(btrim(${t.labelEn})) > 0`),
    check("partnership_steps_position_non_negative", sql`${t.position} >= 0`),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// Agreements.
// ---------------------------------------------------------------------------------------------------------------

export const agreements = pgTable(
  "agreements",
  {
    id: id(),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "restrict" }),
    titleEn: text("title_en").notNull(),
    titleZh: text("title_zh"),
    /** The title describes the record; it is not a name a source gives (shown as such to the public). */
    titleDescriptive: boolean("title_descriptive").notNull().default(false),
    kind: agreementKind("kind").notNull(),
    status: agreementStatus("status").notNull().default("signed"),
    signedOn: date("signed_on", { mode: "string" }),
    signedPrecision: datePrecision("signed_precision"),
    signedPlaceEn: text("signed_place_en"),
    signedPlaceZh: text("signed_place_zh"),
    expiresOn: date("expires_on", { mode: "string" }),
    summaryEn: text("summary_en"),
    summaryZh: text("summary_zh"),
    ...contentColumns(),
  },
  (t) => [
    check("agreements_title_en_not_blank", sql`length(btrim(${t.titleEn})) > 0`),
    partialDateCheck("agreements_signed_precision", "signed_on", "signed_precision"),
    check("agreements_expiry_after_signing", sql`${t.expiresOn} IS NULL OR ${t.signedOn} IS NULL OR ${t.expiresOn} >= ${t.signedOn}`),
    check("agreements_signed_needs_date", sql`${t.status} = 'draft' OR ${t.signedOn} IS NOT NULL`),
    check("agreements_version_positive", sql`${t.version} > 0`),
    index("agreements_partnership_idx").on(t.partnershipId, t.signedOn),
    index("agreements_signed_on_idx").on(t.signedOn),
    index("agreements_kind_idx").on(t.kind),
    index("agreements_publication_idx").on(t.publication, t.updatedAt),
  ],
);

export const agreementSignatories = pgTable(
  "agreement_signatories",
  {
    id: id(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    name: text("name").notNull(),
    nameZh: text("name_zh"),
    office: text("office").notNull(),
    officeZh: text("office_zh"),
    side: signatorySide("side").notNull(),
  },
  (t) => [
    uniqueIndex("agreement_signatories_position_key").on(t.agreementId, t.position),
    check("agreement_signatories_name_not_blank", sql`length(btrim(${t.name})) > 0`),
    check("agreement_signatories_position_non_negative", sql`${t.position} >= 0`),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// Delegations and events, each linked to any number of partnerships.
// ---------------------------------------------------------------------------------------------------------------

/** Money is an ISO 4217 code and an exact numeric amount, never a float; three decimals cover every minor unit. */
const moneyChecks = (table: string, amount: string, currency: string) => [
  check(`${table}_${amount}_non_negative`, sql.raw(`${amount} >= 0`)),
  check(`${table}_${currency}_iso4217`, sql.raw(`${currency} ~ '^[A-Z]{3}$'`)),
  check(`${table}_money_complete`, sql.raw(`(${amount} IS NULL) = (${currency} IS NULL)`)),
];

export const delegations = pgTable(
  "delegations",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    direction: delegationDirection("direction").notNull(),
    titleEn: text("title_en").notNull(),
    titleZh: text("title_zh"),
    /** The title describes the record; it is not a name a source gives (shown as such to the public). */
    titleDescriptive: boolean("title_descriptive").notNull().default(false),
    leaderName: text("leader_name"),
    leaderOffice: text("leader_office"),
    size: integer("size"),
    enterpriseCount: integer("enterprise_count"),
    purposeEn: text("purpose_en"),
    purposeZh: text("purpose_zh"),
    destinationEn: text("destination_en"),
    destinationZh: text("destination_zh"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    datePrecision: datePrecision("date_precision").notNull().default("day"),
    outcomesEn: text("outcomes_en"),
    outcomesZh: text("outcomes_zh"),
    dealAmount: numeric("deal_amount", { precision: 20, scale: 3, mode: "string" }),
    dealCurrency: char("deal_currency", { length: 3 }),
    ...contentColumns(),
  },
  (t) => [
    check("delegations_slug_shape", sql`${t.slug} ~ '${sql.raw(slugPattern)}'`),
    check("delegations_title_en_not_blank", sql`length(btrim(${t.titleEn})) > 0`),
    check("delegations_ends_after_start", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
    partialDateCheck("delegations_date_precision", "starts_on", "date_precision"),
    check("delegations_size_non_negative", sql`${t.size} >= 0`),
    check("delegations_enterprise_count_non_negative", sql`${t.enterpriseCount} >= 0`),
    ...moneyChecks("delegations", "deal_amount", "deal_currency"),
    check("delegations_version_positive", sql`${t.version} > 0`),
    index("delegations_starts_on_idx").on(t.startsOn),
    index("delegations_direction_idx").on(t.direction),
    index("delegations_publication_idx").on(t.publication, t.updatedAt),
  ],
);

/** The enterprises that travelled with a delegation, with the deals each one closed. */
export const delegationEnterprises = pgTable(
  "delegation_enterprises",
  {
    id: id(),
    delegationId: integer("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh"),
    dealAmount: numeric("deal_amount", { precision: 20, scale: 3, mode: "string" }),
    dealCurrency: char("deal_currency", { length: 3 }),
    note: text("note"),
  },
  (t) => [
    uniqueIndex("delegation_enterprises_position_key").on(t.delegationId, t.position),
    check("delegation_enterprises_name_not_blank", sql`length(btrim(${t.nameEn})) > 0`),
    ...moneyChecks("delegation_enterprises", "deal_amount", "deal_currency"),
  ],
);

export const delegationPartnerships = pgTable(
  "delegation_partnerships",
  {
    delegationId: integer("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.delegationId, t.partnershipId] }),
    index("delegation_partnerships_partnership_idx").on(t.partnershipId),
  ],
);

export const events = pgTable(
  "events",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    kind: eventKind("kind").notNull(),
    titleEn: text("title_en").notNull(),
    titleZh: text("title_zh"),
    /** The title describes the record; it is not a name a source gives (shown as such to the public). */
    titleDescriptive: boolean("title_descriptive").notNull().default(false),
    /** Null when the sources report that it happened but not when (a donation "over the years"). */
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    datePrecision: datePrecision("date_precision"),
    /** Local wall-clock times at the venue, when known; all-day otherwise. */
    startTime: time("start_time"),
    endTime: time("end_time"),
    timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
    online: boolean("online").notNull().default(false),
    venueEn: text("venue_en"),
    venueZh: text("venue_zh"),
    organisersEn: text("organisers_en"),
    organisersZh: text("organisers_zh"),
    descriptionEn: text("description_en"),
    descriptionZh: text("description_zh"),
    ...contentColumns(),
  },
  (t) => [
    check("events_slug_shape", sql`${t.slug} ~ '${sql.raw(slugPattern)}'`),
    check("events_title_en_not_blank", sql`length(btrim(${t.titleEn})) > 0`),
    check("events_ends_after_start", sql`${t.endsOn} IS NULL OR (${t.startsOn} IS NOT NULL AND ${t.endsOn} >= ${t.startsOn})`),
    check(
      "events_end_time_after_start",
      sql`${t.endTime} IS NULL OR ${t.startTime} IS NULL OR ${t.endsOn} > ${t.startsOn} OR ${t.endTime} >= ${t.startTime}`,
    ),
    check("events_times_need_day", sql`(${t.startTime} IS NULL AND ${t.endTime} IS NULL) OR ${t.datePrecision} = 'day'`),
    partialDateCheck("events_date_precision", "starts_on", "date_precision"),
    check("events_version_positive", sql`${t.version} > 0`),
    index("events_starts_on_idx").on(t.startsOn),
    index("events_kind_idx").on(t.kind, t.startsOn),
    index("events_publication_idx").on(t.publication, t.updatedAt),
  ],
);

export const eventPartnerships = pgTable(
  "event_partnerships",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.partnershipId] }),
    index("event_partnerships_partnership_idx").on(t.partnershipId),
  ],
);

export type { AuditAction, PublicationState, UserRole } from "../lib/enums";

/**
 * How the public reaches the office: a division or service with its telephone, email and address, in both languages.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh"),
    phone: text("phone"),
    email: text("email"),
    addressEn: text("address_en"),
    addressZh: text("address_zh"),
    ...contentColumns(),
  },
  (t) => [
    check("contacts_name_en_not_blank", sql`length(btrim(${t.nameEn})) > 0`),
    check("contacts_version_positive", sql`${t.version} > 0`),
  ],
);

/** A file's bytes, as PostgreSQL's bytea (drizzle has no built-in column for it). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // postgres.js returns a Buffer and PGlite a Uint8Array: both are Uint8Arrays.
  fromDriver: (value) => value,
});

/**
 * A file uploaded to /staff/import, kept between its preview and its apply: in the database, so that any instance
 * behind the load balancer can show the preview and apply the same bytes that were previewed (the apply checks the
 * plan it would carry out is still the one shown). Applied, it keeps the report; uploads are removed after a day.
 */
export const importUploads = pgTable(
  "import_uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    fileName: text("file_name").notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    bytes: bytea("bytes").notNull(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    appliedBy: integer("applied_by").references(() => users.id, { onDelete: "set null" }),
    /** The apply's report (lib/import/report.ts), shown on the upload's page afterwards. */
    report: jsonb("report").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("import_uploads_uploaded_at_idx").on(t.uploadedAt),
    check("import_uploads_size", sql`octet_length(${t.bytes}) <= 10485760`),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// Attachments: photos and documents of partnerships, agreements, delegations and events (lib/attachments/).
// ---------------------------------------------------------------------------------------------------------------

export const attachmentKind = pgEnum("attachment_kind", attachmentKinds);

export const attachmentStorage = pgEnum("attachment_storage", attachmentStorages);

/**
 * A file attached to one record: its owner is exactly one of four nullable columns (a real foreign key each, so that
 * the file goes with its record). What the file is was read from its content (lib/attachments/inspect.ts); a photo was
 * re-encoded without its metadata (no GPS position) and made into WebP renditions at `renditionWidths`. Its bytes are
 * in the store named by `storage` under `storageKey` (lib/attachments/store*.ts); `sha256` is of the stored original
 * and is its ETag. The texts are the staff's: a public photo needs its alt text in both languages to be published.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: id(),
    partnershipId: integer("partnership_id").references(() => partnerships.id, { onDelete: "cascade" }),
    agreementId: integer("agreement_id").references(() => agreements.id, { onDelete: "cascade" }),
    delegationId: integer("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
    eventId: integer("event_id").references(() => events.id, { onDelete: "cascade" }),
    kind: attachmentKind("kind").notNull(),
    mediaType: text("media_type").notNull(),
    /** The name it was uploaded with (its path and control characters removed): shown to staff, offered on download. */
    fileName: text("file_name").notNull(),
    byteSize: integer("byte_size").notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    width: integer("width"),
    height: integer("height"),
    pageCount: integer("page_count"),
    renditionWidths: integer("rendition_widths").array().notNull().default(sql`'{}'::integer[]`),
    captionEn: text("caption_en"),
    captionZh: text("caption_zh"),
    altEn: text("alt_en"),
    altZh: text("alt_zh"),
    credit: text("credit"),
    isPublic: boolean("is_public").notNull().default(false),
    /**
     * Only the staff of the record's offices (and the province's) may open it, as a signed agreement's scan often is;
     * otherwise every staff member may. Never public (attachments_office_only_private).
     */
    officeOnly: boolean("office_only").notNull().default(false),
    /** Its place in the record's gallery or list, smallest first. */
    position: smallint("position").notNull().default(0),
    storage: attachmentStorage("storage").notNull(),
    storageKey: text("storage_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedById: integer("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("attachments_office_only_private", sql`NOT (${t.officeOnly} AND ${t.isPublic})`),
    check("attachments_one_owner", sql`num_nonnulls(${t.partnershipId}, ${t.agreementId}, ${t.delegationId}, ${t.eventId}) = 1`),
    check("attachments_media_type", sql.raw(`media_type IN (${attachmentMediaTypes.map((m) => `'${m}'`).join(", ")})`)),
    check("attachments_kind_matches_type", sql`(${t.kind} = 'document') = (${t.mediaType} = 'application/pdf')`),
    check("attachments_file_name_shape", sql`length(btrim(${t.fileName})) > 0 AND length(${t.fileName}) <= 255`),
    check("attachments_byte_size", sql.raw(`byte_size > 0 AND byte_size <= ${maxAttachmentBytes}`)),
    check("attachments_sha256_hex", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      "attachments_photo_dimensions",
      sql`(${t.kind} = 'photo') = (${t.width} IS NOT NULL AND ${t.height} IS NOT NULL) AND ${t.width} > 0 AND ${t.height} > 0`,
    ),
    check("attachments_document_pages", sql`(${t.kind} = 'document') = (${t.pageCount} IS NOT NULL) AND ${t.pageCount} > 0`),
    check("attachments_renditions_of_photos", sql`${t.kind} = 'photo' OR cardinality(${t.renditionWidths}) = 0`),
    check("attachments_storage_key_shape", sql`${t.storageKey} ~ '^[0-9a-f-]{36}$'`),
    check("attachments_position_non_negative", sql`${t.position} >= 0`),
    check("attachments_version_positive", sql`${t.version} > 0`),
    uniqueIndex("attachments_storage_key").on(t.storageKey),
    index("attachments_partnership_idx").on(t.partnershipId, t.position),
    index("attachments_agreement_idx").on(t.agreementId, t.position),
    index("attachments_delegation_idx").on(t.delegationId, t.position),
    index("attachments_event_idx").on(t.eventId, t.position),
  ],
);

/**
 * The bytes of attachments kept in the database itself (the `pg` store, with DATABASE_URL): the original and each
 * rendition, one row each, going with their attachment. A bytea table rather than PostgreSQL large objects: its rows
 * are in the same transaction as the attachment's, in the portal's backup (lib/data/backup.ts reads every table of
 * this schema; large objects are in no table and so in no backup of ours) and in PGlite.
 */
export const attachmentBlobs = pgTable(
  "attachment_blobs",
  {
    attachmentId: integer("attachment_id")
      .notNull()
      .references(() => attachments.id, { onDelete: "cascade" }),
    /** "original", or "w640" for the rendition 640 pixels wide. */
    variant: text("variant").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.attachmentId, t.variant] }),
    check("attachment_blobs_variant_shape", sql`${t.variant} ~ '^(original|w[0-9]{2,5})$'`),
    check("attachment_blobs_size", sql.raw(`octet_length(bytes) <= ${maxAttachmentBytes}`)),
  ],
);

/**
 * A record's open review (at most one per record): what its author asks a second person to approve, where it stands,
 * and the reviewer's comment when it was sent back. Approved, it is done and removed: the audit log keeps who
 * submitted, who approved and when. `proposed` holds a change to a published record (its form's values), which the
 * public does not see until it is approved; `publishAt` the moment an approval for later takes effect.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    operation: reviewOperation("operation").notNull(),
    state: reviewState("state").notNull().default("submitted"),
    submittedById: integer("submitted_by_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    reviewerId: integer("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    comment: text("comment"),
    proposed: jsonb("proposed").$type<Record<string, unknown>>(),
    /** The record's version the proposed change was made from: approving it after another change is a conflict. */
    baseVersion: integer("base_version"),
    publishAt: timestamp("publish_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("reviews_entity_key").on(t.entityType, t.entityId),
    index("reviews_state_idx").on(t.state, t.submittedById),
    index("reviews_publish_at_idx").on(t.publishAt),
    check("reviews_comment_length", sql`${t.comment} IS NULL OR length(${t.comment}) <= 2000`),
    check("reviews_scheduled_has_time", sql`(${t.state} = 'scheduled') = (${t.publishAt} IS NOT NULL)`),
  ],
);

/**
 * The dashboard's reminders, filed by the job queue's housekeeping (lib/records/reminders.ts): a partnership's round
 * anniversary coming within the next weeks, once per tie and anniversary, until someone on the staff marks it done
 * (who and when are kept). `dueOn` is the anniversary's day, or the first of its month or year when the tie's date is
 * known only that far (`precision`).
 */
export const reminders = pgTable(
  "reminders",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    years: smallint("years").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    precision: datePrecision("precision").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneById: integer("done_by_id").references(() => users.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("reminders_anniversary_key").on(t.partnershipId, t.years),
    index("reminders_open_idx").on(t.doneAt, t.dueOn),
    check("reminders_years_round", sql`${t.years} >= 5 AND ${t.years} % 5 = 0`),
  ],
);
