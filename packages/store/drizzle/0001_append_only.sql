-- Nothing is updated in place or deleted: corrections are new rows that point at the old.
-- These triggers make that a property of the database, not only of the code that uses it.
CREATE FUNCTION sightline_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Sightline tables are append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'raise_exception';
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'partnerships', 'agencies', 'teams', 'users', 'user_deactivations', 'sessions', 'session_ends',
    'people', 'person_versions', 'person_search_keys', 'person_factors', 'relationships', 'households',
    'household_members', 'cases', 'case_versions', 'case_links', 'drafts', 'draft_versions',
    'chronology_entries', 'plans', 'chain_entries', 'idempotency_keys', 'escalations', 'escalation_events',
    'access_log'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION sightline_forbid_change()', t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sightline_forbid_change()', t || '_no_truncate', t);
  END LOOP;
END;
$$;
