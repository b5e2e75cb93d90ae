ALTER TABLE "users" ADD COLUMN "office_place_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_office_place_id_places_id_fk" FOREIGN KEY ("office_place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_office_place_idx" ON "users" USING btree ("office_place_id");