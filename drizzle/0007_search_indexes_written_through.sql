-- GIN indexes written through (fastupdate off): see trigramIndex in db/schema.ts. Rebuilt rather than altered, so that
-- what a pending list already holds is indexed now.
DROP INDEX "partnerships_search_summary_idx";--> statement-breakpoint
DROP INDEX "partnerships_slug_trgm_idx";--> statement-breakpoint
DROP INDEX "places_search_name_idx";--> statement-breakpoint
DROP INDEX "places_search_region_idx";--> statement-breakpoint
DROP INDEX "places_slug_trgm_idx";--> statement-breakpoint
CREATE INDEX "partnerships_search_summary_idx" ON "partnerships" USING gin ("search_summary" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "partnerships_slug_trgm_idx" ON "partnerships" USING gin ("slug" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "places_search_name_idx" ON "places" USING gin ("search_name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "places_search_region_idx" ON "places" USING gin ("search_region" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "places_slug_trgm_idx" ON "places" USING gin ("slug" gin_trgm_ops) WITH (fastupdate=false);