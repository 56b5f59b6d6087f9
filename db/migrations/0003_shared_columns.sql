-- Columns several features share, added together so each feature builds on one schema: casualty
-- ranges and claim status on reports and incidents, who-said-what and grades on incidents, the
-- source chain on report_sources, editor proposals on places and sources, restored lines.
CREATE TYPE "public"."claim_status" AS ENUM('claimed', 'confirmed', 'denied', 'unclaimed');--> statement-breakpoint
CREATE TYPE "public"."reference_status" AS ENUM('confirmed', 'proposed');--> statement-breakpoint
CREATE TYPE "public"."source_role" AS ENUM('original', 'relay');--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "restored_lines" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "killed_high" integer;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "injured_high" integer;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "claim_status" "claim_status";--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "disagreements" jsonb;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "pinned" jsonb;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "independent_sources" integer;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "grade" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "retraction_note" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "status" "reference_status" DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "proposed_by" integer;--> statement-breakpoint
ALTER TABLE "report_sources" ADD COLUMN "role" "source_role" DEFAULT 'original' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_sources" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_sources" ADD COLUMN "quote" text;--> statement-breakpoint
ALTER TABLE "report_sources" ADD COLUMN "evidence_id" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "killed_high" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "injured_high" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "claim_status" "claim_status";--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "date_phrase" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "status" "reference_status" DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "proposed_by" integer;--> statement-breakpoint
ALTER TABLE "report_sources" ADD CONSTRAINT "report_sources_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;