-- Trigram index so that substring search on folded text stays fast with tens of thousands of procedures.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX procedure_version_search_trgm ON procedure_version USING gin (search_text gin_trgm_ops);
