-- Search that stays flat as the data grows (issue 14): trigram indexes (pg_trgm) answer "contains" searches, and
-- unaccent folds accents. Both are "trusted" extensions (PostgreSQL 13+): the database's owner may create them, no
-- superuser needed; Debian's postgresql-15 and PGlite (db/index.ts loads them) both ship them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so a generated column can't call it. This wrapper names the
-- dictionary and its schema outright, so that its answer can't depend on the search_path, and is declared IMMUTABLE;
-- lower() after it makes searches ignore case. lib/search.ts folds the searched words with the same function.
CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "search_summary" text GENERATED ALWAYS AS (search_fold(coalesce(summary_en, '') || E'\n' || coalesce(summary_zh, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "search_name" text GENERATED ALWAYS AS (search_fold(coalesce(name_en, '') || E'\n' || coalesce(name_zh, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "search_region" text GENERATED ALWAYS AS (search_fold(coalesce(region_en, '') || E'\n' || coalesce(region_zh, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "partnerships_search_summary_idx" ON "partnerships" USING gin ("search_summary" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partnerships_slug_trgm_idx" ON "partnerships" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_search_name_idx" ON "places" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_search_region_idx" ON "places" USING gin ("search_region" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_slug_trgm_idx" ON "places" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
-- The new columns have no statistics until the next ANALYZE, and without them the planner can't tell a search that
-- finds three rows from one that finds them all.
ANALYZE "places";--> statement-breakpoint
ANALYZE "partnerships";
