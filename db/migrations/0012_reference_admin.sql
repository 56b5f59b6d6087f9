-- Reference administration (issue 9): the incident-type taxonomy's labels, editable by admins
-- in both languages. The codes stay the `incident_type` enum (stable: the API, exports and
-- stored rows use them); only their labels live here, seeded from the dictionaries as they were.
CREATE TABLE "incident_types" (
	"code" "incident_type" PRIMARY KEY NOT NULL,
	"label_ar" text NOT NULL,
	"label_en" text NOT NULL,
	"updated_by" integer REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_types_labels_check" CHECK (length(btrim("label_ar")) > 0 AND length(btrim("label_en")) > 0)
);--> statement-breakpoint
INSERT INTO "incident_types" ("code", "label_ar", "label_en") VALUES
	('rocket_attack', 'هجوم صاروخي', 'Rocket attack'),
	('drone_attack', 'هجوم بمسيّرة', 'Drone attack'),
	('armed_attack', 'هجوم مسلح', 'Armed attack'),
	('shelling', 'قصف', 'Shelling'),
	('airstrike', 'غارة جوية', 'Air strike'),
	('clashes', 'اشتباكات', 'Clashes'),
	('explosion', 'انفجار', 'Explosion'),
	('ied', 'عبوة ناسفة', 'IED'),
	('convoy', 'رتل / تعزيزات', 'Convoy / reinforcement'),
	('security_operation', 'عملية أمنية', 'Security operation'),
	('other', 'أخرى', 'Other')
ON CONFLICT ("code") DO NOTHING;
