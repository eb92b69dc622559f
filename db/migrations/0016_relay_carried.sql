-- An upper level's relay bundle (export upward) carries the original bundles it received. Each export now keeps
-- the ids of the bundles it carried, so a later relay also carries the units' bundles of earlier periods that
-- no relay carried yet (received late, or before this unit relayed at all): the next level then never sees
-- those numbers as missing. A JSON list of bundle ids; '[]' for a bundle that carries none.
ALTER TABLE bundle_exports ADD COLUMN relayed TEXT NOT NULL DEFAULT '[]';
