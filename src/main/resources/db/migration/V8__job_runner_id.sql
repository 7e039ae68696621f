-- Upload analyses are queued on JobRunr (its own jobrunr_* tables, in this same database): the id
-- of an upload's job there, chosen before it is queued so that queuing it again is a no-op. Jobs
-- from before have none; they are queued (and given one) when a server or worker next starts.
ALTER TABLE jobs ADD COLUMN runner_id VARCHAR(36);
