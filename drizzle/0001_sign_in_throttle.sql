CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"lockouts" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_throttle_key_shape" CHECK ("sign_in_throttle"."key" ~ '^(account|client):' AND length("sign_in_throttle"."key") <= 300),
	CONSTRAINT "sign_in_throttle_counts_non_negative" CHECK ("sign_in_throttle"."failures" >= 0 AND "sign_in_throttle"."lockouts" >= 0)
);
--> statement-breakpoint
CREATE INDEX "sign_in_throttle_updated_idx" ON "sign_in_throttle" USING btree ("updated_at");