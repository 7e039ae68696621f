-- Sets imported from other training logs (Strong, Hevy): where each came from, so that importing
-- the same export again adds nothing.
ALTER TABLE sets ADD COLUMN source VARCHAR(20);
ALTER TABLE sets ADD COLUMN source_key VARCHAR(600);
CREATE UNIQUE INDEX sets_source_key ON sets (source_key);
