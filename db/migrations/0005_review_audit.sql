-- Review, corrections and the audit trail (README "Review, corrections and the audit trail").
-- The audit trail is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE on audit_events,
-- whoever asks (the app's own database role included).
CREATE OR REPLACE FUNCTION sijill_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION sijill_audit_append_only();--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION sijill_audit_append_only();--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
-- Which pending reports a review decided on (two approvals must be about the same reports).
ALTER TABLE "reviews" ADD COLUMN "report_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
-- The public history of a verified incident: each correction (new version, public note, the
-- public values before and after), each update by a newly approved report, and its retraction.
CREATE TABLE "incident_corrections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incident_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"incident_id" integer NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"note" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_corrections_kind_check" CHECK ("incident_corrections"."kind" in ('correction', 'update', 'retraction'))
);--> statement-breakpoint
ALTER TABLE "incident_corrections" ADD CONSTRAINT "incident_corrections_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_corrections" ADD CONSTRAINT "incident_corrections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_corrections_incident_idx" ON "incident_corrections" USING btree ("incident_id","version");
