CREATE TYPE "public"."review_operation" AS ENUM('publish', 'unpublish', 'archive', 'change');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('submitted', 'sent_back', 'scheduled');--> statement-breakpoint
CREATE TYPE "public"."staff_locale" AS ENUM('zh', 'en');--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'submit_for_review';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'send_back';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'withdraw';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'schedule';--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"operation" "review_operation" NOT NULL,
	"state" "review_state" DEFAULT 'submitted' NOT NULL,
	"submitted_by_id" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewer_id" integer,
	"reviewed_at" timestamp with time zone,
	"comment" text,
	"proposed" jsonb,
	"base_version" integer,
	"publish_at" timestamp with time zone,
	CONSTRAINT "reviews_comment_length" CHECK ("reviews"."comment" IS NULL OR length("reviews"."comment") <= 2000),
	CONSTRAINT "reviews_scheduled_has_time" CHECK (("reviews"."state" = 'scheduled') = ("reviews"."publish_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" "staff_locale" DEFAULT 'zh' NOT NULL;--> statement-breakpoint
-- The accounts that exist already have read the workspace in English until now: they keep it.
UPDATE "users" SET "locale" = 'en';--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_entity_key" ON "reviews" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "reviews_state_idx" ON "reviews" USING btree ("state","submitted_by_id");--> statement-breakpoint
CREATE INDEX "reviews_publish_at_idx" ON "reviews" USING btree ("publish_at");