CREATE TYPE "public"."agreement_kind" AS ENUM('sister_city_agreement', 'mou', 'cooperation_agreement', 'letter_of_intent', 'renewal');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'signed', 'in_force', 'expired', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'archive', 'publish', 'unpublish', 'sign_in', 'sign_in_failed', 'sign_out');--> statement-breakpoint
CREATE TYPE "public"."continent" AS ENUM('africa', 'asia', 'europe', 'north_america', 'south_america', 'oceania');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('year', 'month', 'day');--> statement-breakpoint
CREATE TYPE "public"."delegation_direction" AS ENUM('incoming', 'outgoing');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('trade_talk', 'conference', 'exhibition', 'culture_week', 'festival', 'forum', 'online_meeting', 'ceremony', 'donation', 'project', 'other');--> statement-breakpoint
CREATE TYPE "public"."partnership_status" AS ENUM('in_contact', 'letter_of_intent', 'active', 'dormant', 'ended');--> statement-breakpoint
CREATE TYPE "public"."partnership_type" AS ENUM('sister_city', 'friendly_cooperation', 'province_state');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('province', 'prefecture', 'state', 'region', 'county', 'city', 'district');--> statement-breakpoint
CREATE TYPE "public"."publication_state" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."signatory_side" AS ENUM('home', 'partner');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('viewer', 'editor', 'admin');--> statement-breakpoint
CREATE TABLE "agreement_signatories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_signatories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"name_zh" text,
	"office" text NOT NULL,
	"office_zh" text,
	"side" "signatory_side" NOT NULL,
	CONSTRAINT "agreement_signatories_name_not_blank" CHECK (length(btrim("agreement_signatories"."name")) > 0),
	CONSTRAINT "agreement_signatories_position_non_negative" CHECK ("agreement_signatories"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text,
	"kind" "agreement_kind" NOT NULL,
	"status" "agreement_status" DEFAULT 'signed' NOT NULL,
	"signed_on" date,
	"signed_precision" date_precision,
	"signed_place_en" text,
	"signed_place_zh" text,
	"expires_on" date,
	"summary_en" text,
	"summary_zh" text,
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"archived_at" timestamp with time zone,
	CONSTRAINT "agreements_title_en_not_blank" CHECK (length(btrim("agreements"."title_en")) > 0),
	CONSTRAINT "agreements_signed_precision" CHECK ((signed_on IS NULL AND signed_precision IS NULL) OR (signed_on IS NOT NULL AND signed_precision IS NOT NULL AND (signed_precision = 'day' OR (signed_precision = 'month' AND extract(day FROM signed_on) = 1) OR (signed_precision = 'year' AND extract(day FROM signed_on) = 1 AND extract(month FROM signed_on) = 1)))),
	CONSTRAINT "agreements_expiry_after_signing" CHECK ("agreements"."expires_on" IS NULL OR "agreements"."signed_on" IS NULL OR "agreements"."expires_on" >= "agreements"."signed_on"),
	CONSTRAINT "agreements_signed_needs_date" CHECK ("agreements"."status" = 'draft' OR "agreements"."signed_on" IS NOT NULL),
	CONSTRAINT "agreements_version_positive" CHECK ("agreements"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_email" text,
	"action" "audit_action" NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "delegation_enterprises" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "delegation_enterprises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"delegation_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text,
	"deal_amount" numeric(20, 3),
	"deal_currency" char(3),
	"note" text,
	CONSTRAINT "delegation_enterprises_name_not_blank" CHECK (length(btrim("delegation_enterprises"."name_en")) > 0),
	CONSTRAINT "delegation_enterprises_deal_amount_non_negative" CHECK (deal_amount >= 0),
	CONSTRAINT "delegation_enterprises_deal_currency_iso4217" CHECK (deal_currency ~ '^[A-Z]{3}$'),
	CONSTRAINT "delegation_enterprises_money_complete" CHECK ((deal_amount IS NULL) = (deal_currency IS NULL))
);
--> statement-breakpoint
CREATE TABLE "delegation_partnerships" (
	"delegation_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	CONSTRAINT "delegation_partnerships_delegation_id_partnership_id_pk" PRIMARY KEY("delegation_id","partnership_id")
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "delegations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"direction" "delegation_direction" NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text,
	"leader_name" text,
	"leader_office" text,
	"size" integer,
	"enterprise_count" integer,
	"purpose_en" text,
	"purpose_zh" text,
	"destination_en" text,
	"destination_zh" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"date_precision" date_precision DEFAULT 'day' NOT NULL,
	"outcomes_en" text,
	"outcomes_zh" text,
	"deal_amount" numeric(20, 3),
	"deal_currency" char(3),
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"archived_at" timestamp with time zone,
	CONSTRAINT "delegations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "delegations_slug_shape" CHECK ("delegations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "delegations_title_en_not_blank" CHECK (length(btrim("delegations"."title_en")) > 0),
	CONSTRAINT "delegations_ends_after_start" CHECK ("delegations"."ends_on" IS NULL OR "delegations"."ends_on" >= "delegations"."starts_on"),
	CONSTRAINT "delegations_date_precision" CHECK ((starts_on IS NULL AND date_precision IS NULL) OR (starts_on IS NOT NULL AND date_precision IS NOT NULL AND (date_precision = 'day' OR (date_precision = 'month' AND extract(day FROM starts_on) = 1) OR (date_precision = 'year' AND extract(day FROM starts_on) = 1 AND extract(month FROM starts_on) = 1)))),
	CONSTRAINT "delegations_size_non_negative" CHECK ("delegations"."size" >= 0),
	CONSTRAINT "delegations_enterprise_count_non_negative" CHECK ("delegations"."enterprise_count" >= 0),
	CONSTRAINT "delegations_deal_amount_non_negative" CHECK (deal_amount >= 0),
	CONSTRAINT "delegations_deal_currency_iso4217" CHECK (deal_currency ~ '^[A-Z]{3}$'),
	CONSTRAINT "delegations_money_complete" CHECK ((deal_amount IS NULL) = (deal_currency IS NULL)),
	CONSTRAINT "delegations_version_positive" CHECK ("delegations"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "event_partnerships" (
	"event_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	CONSTRAINT "event_partnerships_event_id_partnership_id_pk" PRIMARY KEY("event_id","partnership_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text,
	"starts_on" date,
	"ends_on" date,
	"date_precision" date_precision,
	"start_time" time,
	"end_time" time,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"venue_en" text,
	"venue_zh" text,
	"organisers_en" text,
	"organisers_zh" text,
	"description_en" text,
	"description_zh" text,
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"archived_at" timestamp with time zone,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "events_slug_shape" CHECK ("events"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "events_title_en_not_blank" CHECK (length(btrim("events"."title_en")) > 0),
	CONSTRAINT "events_ends_after_start" CHECK ("events"."ends_on" IS NULL OR ("events"."starts_on" IS NOT NULL AND "events"."ends_on" >= "events"."starts_on")),
	CONSTRAINT "events_end_time_after_start" CHECK ("events"."end_time" IS NULL OR "events"."start_time" IS NULL OR "events"."ends_on" > "events"."starts_on" OR "events"."end_time" >= "events"."start_time"),
	CONSTRAINT "events_times_need_day" CHECK (("events"."start_time" IS NULL AND "events"."end_time" IS NULL) OR "events"."date_precision" = 'day'),
	CONSTRAINT "events_date_precision" CHECK ((starts_on IS NULL AND date_precision IS NULL) OR (starts_on IS NOT NULL AND date_precision IS NOT NULL AND (date_precision = 'day' OR (date_precision = 'month' AND extract(day FROM starts_on) = 1) OR (date_precision = 'year' AND extract(day FROM starts_on) = 1 AND extract(month FROM starts_on) = 1)))),
	CONSTRAINT "events_version_positive" CHECK ("events"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "partnership_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnership_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"citation" text NOT NULL,
	"url" text,
	"note" text,
	CONSTRAINT "partnership_sources_citation_not_blank" CHECK (length(btrim("partnership_sources"."citation")) > 0),
	CONSTRAINT "partnership_sources_url_http" CHECK ("partnership_sources"."url" ~ '^https?://'),
	CONSTRAINT "partnership_sources_position_non_negative" CHECK ("partnership_sources"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnerships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"home_place_id" integer NOT NULL,
	"partner_place_id" integer NOT NULL,
	"type" "partnership_type" NOT NULL,
	"status" "partnership_status" DEFAULT 'active' NOT NULL,
	"established_on" date,
	"established_precision" date_precision,
	"summary_en" text,
	"summary_zh" text,
	"body_en" text,
	"body_zh" text,
	"featured" boolean DEFAULT false NOT NULL,
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"archived_at" timestamp with time zone,
	CONSTRAINT "partnerships_slug_unique" UNIQUE("slug"),
	CONSTRAINT "partnerships_slug_shape" CHECK ("partnerships"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "partnerships_distinct_places" CHECK ("partnerships"."home_place_id" <> "partnerships"."partner_place_id"),
	CONSTRAINT "partnerships_established_precision" CHECK ((established_on IS NULL AND established_precision IS NULL) OR (established_on IS NOT NULL AND established_precision IS NOT NULL AND (established_precision = 'day' OR (established_precision = 'month' AND extract(day FROM established_on) = 1) OR (established_precision = 'year' AND extract(day FROM established_on) = 1 AND extract(month FROM established_on) = 1)))),
	CONSTRAINT "partnerships_version_positive" CHECK ("partnerships"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text,
	"kind" "place_kind" NOT NULL,
	"region_en" text,
	"country_code" char(2) NOT NULL,
	"continent" "continent" NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"population" bigint,
	"description_en" text,
	"description_zh" text,
	"is_home" boolean DEFAULT false NOT NULL,
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"archived_at" timestamp with time zone,
	CONSTRAINT "places_slug_unique" UNIQUE("slug"),
	CONSTRAINT "places_slug_shape" CHECK ("places"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "places_name_en_not_blank" CHECK (length(btrim("places"."name_en")) > 0),
	CONSTRAINT "places_country_code_iso2" CHECK ("places"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "places_latitude_range" CHECK ("places"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "places_longitude_range" CHECK ("places"."longitude" BETWEEN -180 AND 180),
	CONSTRAINT "places_coordinates_together" CHECK (("places"."latitude" IS NULL) = ("places"."longitude" IS NULL)),
	CONSTRAINT "places_population_non_negative" CHECK ("places"."population" >= 0),
	CONSTRAINT "places_version_positive" CHECK ("places"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" DEFAULT 'viewer' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_shape" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+$' AND length("users"."email") <= 254),
	CONSTRAINT "users_name_not_blank" CHECK (length(btrim("users"."name")) > 0),
	CONSTRAINT "users_password_hash_argon2id" CHECK ("users"."password_hash" LIKE '$argon2id$%')
);
--> statement-breakpoint
ALTER TABLE "agreement_signatories" ADD CONSTRAINT "agreement_signatories_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_enterprises" ADD CONSTRAINT "delegation_enterprises_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_partnerships" ADD CONSTRAINT "delegation_partnerships_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_partnerships" ADD CONSTRAINT "delegation_partnerships_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_partnerships" ADD CONSTRAINT "event_partnerships_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_partnerships" ADD CONSTRAINT "event_partnerships_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_sources" ADD CONSTRAINT "partnership_sources_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_home_place_id_places_id_fk" FOREIGN KEY ("home_place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_place_id_places_id_fk" FOREIGN KEY ("partner_place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatories_position_key" ON "agreement_signatories" USING btree ("agreement_id","position");--> statement-breakpoint
CREATE INDEX "agreements_partnership_idx" ON "agreements" USING btree ("partnership_id","signed_on");--> statement-breakpoint
CREATE INDEX "agreements_signed_on_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "agreements_kind_idx" ON "agreements" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "agreements_publication_idx" ON "agreements" USING btree ("publication","updated_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_enterprises_position_key" ON "delegation_enterprises" USING btree ("delegation_id","position");--> statement-breakpoint
CREATE INDEX "delegation_partnerships_partnership_idx" ON "delegation_partnerships" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "delegations_starts_on_idx" ON "delegations" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "delegations_direction_idx" ON "delegations" USING btree ("direction");--> statement-breakpoint
CREATE INDEX "delegations_publication_idx" ON "delegations" USING btree ("publication","updated_at");--> statement-breakpoint
CREATE INDEX "event_partnerships_partnership_idx" ON "event_partnerships" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "events_starts_on_idx" ON "events" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind","starts_on");--> statement-breakpoint
CREATE INDEX "events_publication_idx" ON "events" USING btree ("publication","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_sources_position_key" ON "partnership_sources" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_home_partner_key" ON "partnerships" USING btree ("home_place_id","partner_place_id");--> statement-breakpoint
CREATE INDEX "partnerships_partner_place_idx" ON "partnerships" USING btree ("partner_place_id");--> statement-breakpoint
CREATE INDEX "partnerships_type_idx" ON "partnerships" USING btree ("type");--> statement-breakpoint
CREATE INDEX "partnerships_status_idx" ON "partnerships" USING btree ("status");--> statement-breakpoint
CREATE INDEX "partnerships_established_on_idx" ON "partnerships" USING btree ("established_on");--> statement-breakpoint
CREATE INDEX "partnerships_publication_idx" ON "partnerships" USING btree ("publication","updated_at");--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "places_continent_idx" ON "places" USING btree ("continent");--> statement-breakpoint
CREATE INDEX "places_is_home_idx" ON "places" USING btree ("is_home");--> statement-breakpoint
CREATE INDEX "places_publication_idx" ON "places" USING btree ("publication");--> statement-breakpoint
CREATE INDEX "places_name_en_idx" ON "places" USING btree ("name_en");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));