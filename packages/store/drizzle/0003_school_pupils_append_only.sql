-- A school's pupil roll is append-only like every other table (see 0001_append_only).
CREATE TRIGGER school_pupils_append_only BEFORE UPDATE OR DELETE ON school_pupils FOR EACH ROW EXECUTE FUNCTION sightline_forbid_change();
--> statement-breakpoint
CREATE TRIGGER school_pupils_no_truncate BEFORE TRUNCATE ON school_pupils FOR EACH STATEMENT EXECUTE FUNCTION sightline_forbid_change();
