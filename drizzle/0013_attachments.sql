CREATE TYPE "public"."attachment_kind" AS ENUM('photo', 'document');--> statement-breakpoint
CREATE TYPE "public"."attachment_storage" AS ENUM('file', 'pg', 's3');--> statement-breakpoint
CREATE TABLE "attachment_blobs" (
	"attachment_id" integer NOT NULL,
	"variant" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "attachment_blobs_attachment_id_variant_pk" PRIMARY KEY("attachment_id","variant"),
	CONSTRAINT "attachment_blobs_variant_shape" CHECK ("attachment_blobs"."variant" ~ '^(original|w[0-9]{2,5})$'),
	CONSTRAINT "attachment_blobs_size" CHECK (octet_length(bytes) <= 26214400)
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer,
	"agreement_id" integer,
	"delegation_id" integer,
	"event_id" integer,
	"kind" "attachment_kind" NOT NULL,
	"media_type" text NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"width" integer,
	"height" integer,
	"page_count" integer,
	"rendition_widths" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"caption_en" text,
	"caption_zh" text,
	"alt_en" text,
	"alt_zh" text,
	"credit" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"storage" "attachment_storage" NOT NULL,
	"storage_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	CONSTRAINT "attachments_one_owner" CHECK (num_nonnulls("attachments"."partnership_id", "attachments"."agreement_id", "attachments"."delegation_id", "attachments"."event_id") = 1),
	CONSTRAINT "attachments_media_type" CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
	CONSTRAINT "attachments_kind_matches_type" CHECK (("attachments"."kind" = 'document') = ("attachments"."media_type" = 'application/pdf')),
	CONSTRAINT "attachments_file_name_shape" CHECK (length(btrim("attachments"."file_name")) > 0 AND length("attachments"."file_name") <= 255),
	CONSTRAINT "attachments_byte_size" CHECK (byte_size > 0 AND byte_size <= 26214400),
	CONSTRAINT "attachments_sha256_hex" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachments_photo_dimensions" CHECK (("attachments"."kind" = 'photo') = ("attachments"."width" IS NOT NULL AND "attachments"."height" IS NOT NULL) AND "attachments"."width" > 0 AND "attachments"."height" > 0),
	CONSTRAINT "attachments_document_pages" CHECK (("attachments"."kind" = 'document') = ("attachments"."page_count" IS NOT NULL) AND "attachments"."page_count" > 0),
	CONSTRAINT "attachments_renditions_of_photos" CHECK ("attachments"."kind" = 'photo' OR cardinality("attachments"."rendition_widths") = 0),
	CONSTRAINT "attachments_storage_key_shape" CHECK ("attachments"."storage_key" ~ '^[0-9a-f-]{36}$'),
	CONSTRAINT "attachments_position_non_negative" CHECK ("attachments"."position" >= 0),
	CONSTRAINT "attachments_version_positive" CHECK ("attachments"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "attachment_blobs" ADD CONSTRAINT "attachment_blobs_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_storage_key" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "attachments_partnership_idx" ON "attachments" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "attachments_agreement_idx" ON "attachments" USING btree ("agreement_id","position");--> statement-breakpoint
CREATE INDEX "attachments_delegation_idx" ON "attachments" USING btree ("delegation_id","position");--> statement-breakpoint
CREATE INDEX "attachments_event_idx" ON "attachments" USING btree ("event_id","position");