ALTER TYPE "public"."audit_action" ADD VALUE 'unschedule';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'expire';