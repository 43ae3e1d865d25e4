-- A counter bumped by every catalogue import, so each node knows when to rebuild its in-memory search index.
CREATE TABLE catalog_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
