CREATE TABLE "reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"years" smallint NOT NULL,
	"due_on" date NOT NULL,
	"precision" date_precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_by_id" integer,
	"done_at" timestamp with time zone,
	CONSTRAINT "reminders_years_round" CHECK ("reminders"."years" >= 5 AND "reminders"."years" % 5 = 0)
);
--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_anniversary_key" ON "reminders" USING btree ("partnership_id","years");--> statement-breakpoint
CREATE INDEX "reminders_open_idx" ON "reminders" USING btree ("done_at","due_on");