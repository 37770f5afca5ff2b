CREATE TABLE "school_pupils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"age_years" integer,
	"year_group" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_pupils_person_uq" UNIQUE("person_id")
);
--> statement-breakpoint
ALTER TABLE "chronology_entries" ADD COLUMN "childs_words" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "held_by_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "school_pupils" ADD CONSTRAINT "school_pupils_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_pupils" ADD CONSTRAINT "school_pupils_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_pupils" ADD CONSTRAINT "school_pupils_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "school_pupils_agency_idx" ON "school_pupils" USING btree ("agency_id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_held_by_agency_id_agencies_id_fk" FOREIGN KEY ("held_by_agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chronology_supersedes_uq" ON "chronology_entries" USING btree ("supersedes_id");