-- A writer that knows the record it committed last appends its next records in one statement,
-- without reading the chain first. This check, called in that statement once the chain's lock is
-- held, refuses the whole statement unless that record is still the head, unchanged: same sequence,
-- same hash, same row version (PostgreSQL's xmin, which any UPDATE, or DELETE and INSERT, changes).
CREATE FUNCTION sightline_chain_head_is(partnership uuid, head_seq integer, head_hash text, head_row_version text)
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM chain_entries
    WHERE partnership_id = partnership AND seq = head_seq AND hash = head_hash AND xmin::text = head_row_version
  ) OR EXISTS (
    SELECT 1 FROM chain_entries WHERE partnership_id = partnership AND seq > head_seq
  ) THEN
    RAISE EXCEPTION 'The chain''s head is not the record % this writer sealed onto', head_seq
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN true;
END;
$$;
