-- Administration and intake: server-side sessions (revocable, idle and absolute limits), login
-- throttling kept in the database (holds across instances, works on PGlite and PostgreSQL),
-- API tokens for newsroom tools (sha256 at rest), the original HTML of fetched articles, and a
-- flag for accounts whose password an admin reset.
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"user_agent" text,
	"ip" text
);--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id");--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL REFERENCES "users"("id"),
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" integer REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_idx" ON "api_tokens" ("token_hash");--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "source_html" text;
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"outlet" text,
	"active" boolean DEFAULT true NOT NULL,
	"interval_minutes" integer DEFAULT 30 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_error" text,
	"created_by" integer REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeds_interval_positive" CHECK ("interval_minutes" >= 5)
);--> statement-breakpoint
CREATE UNIQUE INDEX "feeds_url_idx" ON "feeds" ("url");--> statement-breakpoint
CREATE TABLE "intake_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intake_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"feed_id" integer REFERENCES "feeds"("id") ON DELETE SET NULL,
	"url" text NOT NULL,
	"title" text,
	"text" text NOT NULL,
	"outlet" text,
	"published_at" date,
	"author" text,
	"html" text,
	"status" text DEFAULT 'new' NOT NULL,
	"article_id" integer REFERENCES "articles"("id"),
	"duplicate_of_article_id" integer REFERENCES "articles"("id"),
	"created_by" integer REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer REFERENCES "users"("id"),
	"decided_at" timestamp with time zone,
	CONSTRAINT "intake_items_status_check" CHECK ("status" in ('new', 'taken', 'dismissed'))
);--> statement-breakpoint
CREATE INDEX "intake_items_status_idx" ON "intake_items" ("status", "created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_items_feed_url_idx" ON "intake_items" ("feed_id", "url") WHERE "feed_id" IS NOT NULL;
