CREATE TYPE "public"."source_kind" AS ENUM('official_home', 'official_partner', 'news', 'association', 'aggregator', 'blog');--> statement-breakpoint
-- A new first value for partnership_status, by swapping the type: ALTER TYPE ... ADD VALUE cannot be used (as the
-- new default) in the transaction that adds it, and migrations run in one transaction.
ALTER TABLE "partnerships" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TYPE "public"."partnership_status" RENAME TO "partnership_status_before_0005";--> statement-breakpoint
CREATE TYPE "public"."partnership_status" AS ENUM('not_recorded', 'in_contact', 'letter_of_intent', 'active', 'dormant', 'ended');--> statement-breakpoint
ALTER TABLE "partnerships" ALTER COLUMN "status" TYPE "public"."partnership_status" USING "status"::text::"public"."partnership_status";--> statement-breakpoint
DROP TYPE "public"."partnership_status_before_0005";--> statement-breakpoint
CREATE TABLE "partnership_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnership_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"occurred_on" date NOT NULL,
	"precision" date_precision NOT NULL,
	"label_en" text NOT NULL,
	"label_zh" text,
	CONSTRAINT "partnership_steps_precision" CHECK ((occurred_on IS NULL AND precision IS NULL) OR (occurred_on IS NOT NULL AND precision IS NOT NULL AND (precision = 'day' OR (precision = 'month' AND extract(day FROM occurred_on) = 1) OR (precision = 'year' AND extract(day FROM occurred_on) = 1 AND extract(month FROM occurred_on) = 1)))),
	CONSTRAINT "partnership_steps_label_not_blank" CHECK (length(btrim("partnership_steps"."label_en")) > 0),
	CONSTRAINT "partnership_steps_position_non_negative" CHECK ("partnership_steps"."position" >= 0)
);
--> statement-breakpoint
ALTER TABLE "partnerships" ALTER COLUMN "status" SET DEFAULT 'not_recorded';--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "title_descriptive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "delegations" ADD COLUMN "title_descriptive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "title_descriptive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partnership_sources" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "partnership_sources" ADD COLUMN "title_zh" text;--> statement-breakpoint
ALTER TABLE "partnership_sources" ADD COLUMN "kind" "source_kind";--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "source_note_en" text;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "source_note_zh" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "region_zh" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "successor_en" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "successor_zh" text;--> statement-breakpoint
ALTER TABLE "partnership_steps" ADD CONSTRAINT "partnership_steps_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_steps_position_key" ON "partnership_steps" USING btree ("partnership_id","position");