-- A counter bumped by every import of units and agencies, so each node knows when to forget its cached copy of
-- them (see RevisionCache). Numbered after the last module's range: versions only grow, so databases that already
-- ran V100 upgrade without out-of-order migrations.
CREATE TABLE organization_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO organization_revision (id, revision) VALUES (1, 0);
