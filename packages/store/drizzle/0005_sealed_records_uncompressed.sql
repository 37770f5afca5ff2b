-- A sealed record's JSON is written once, read rarely and never changed. Compressing it (pglz, the
-- default for text over 2 kB) cost more CPU per decision than the rest of the row's insert, on
-- PGlite and PostgreSQL alike; stored out of line uncompressed it takes about twice the disk space
-- (≈9 kB per decision). Rows already written keep their compression; both read back the same.
ALTER TABLE "chain_entries" ALTER COLUMN "record_json" SET STORAGE EXTERNAL;
