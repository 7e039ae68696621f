-- Uploaded videos (the bytes live on disk, content-addressed by SHA-256, never in the database)
-- and the background analysis jobs that read them.

CREATE TABLE videos (
  id ${id},
  sha256 VARCHAR(64) NOT NULL,
  size_bytes BIGINT NOT NULL,
  original_name VARCHAR(400) NOT NULL,
  created_at VARCHAR(40) NOT NULL
);
CREATE UNIQUE INDEX videos_sha256 ON videos (sha256);

CREATE TABLE jobs (
  id ${id},
  video_id BIGINT NOT NULL REFERENCES videos (id),
  status VARCHAR(20) NOT NULL,
  progress DOUBLE PRECISION NOT NULL,
  load_kg DOUBLE PRECISION,
  analysis_id BIGINT REFERENCES analyses (id),
  error TEXT,
  created_at VARCHAR(40) NOT NULL,
  updated_at VARCHAR(40) NOT NULL
);
CREATE INDEX jobs_status ON jobs (status);
