-- Hinge journal, schema 1. Portable between SQLite and PostgreSQL; ${id} is each database's
-- auto-increment primary key (placeholder set by dev.hinge.journal.Journal).

CREATE TABLE sessions (
  id ${id},
  day VARCHAR(10) NOT NULL,
  notes TEXT
);
CREATE UNIQUE INDEX sessions_day ON sessions (day);

CREATE TABLE sets (
  id ${id},
  session_id BIGINT NOT NULL REFERENCES sessions (id),
  exercise VARCHAR(200) NOT NULL,
  load_kg DOUBLE PRECISION,
  reps INTEGER,
  rpe DOUBLE PRECISION,
  notes TEXT
);
CREATE INDEX sets_session ON sets (session_id);

CREATE TABLE analyses (
  id ${id},
  set_id BIGINT NOT NULL REFERENCES sets (id),
  created_at VARCHAR(40) NOT NULL,
  video_name VARCHAR(400) NOT NULL,
  full_reps INTEGER NOT NULL,
  partial_reps INTEGER NOT NULL,
  mean_velocity_mps DOUBLE PRECISION,
  peak_moment_nm DOUBLE PRECISION,
  report_json TEXT NOT NULL
);
CREATE INDEX analyses_set ON analyses (set_id);

CREATE TABLE analysis_reps (
  id ${id},
  analysis_id BIGINT NOT NULL REFERENCES analyses (id),
  rep_index INTEGER NOT NULL,
  partial BOOLEAN NOT NULL,
  mean_velocity_mps DOUBLE PRECISION,
  peak_velocity_mps DOUBLE PRECISION,
  peak_moment_nm DOUBLE PRECISION
);
CREATE INDEX analysis_reps_analysis ON analysis_reps (analysis_id);

CREATE TABLE rep_faults (
  id ${id},
  rep_id BIGINT NOT NULL REFERENCES analysis_reps (id),
  code VARCHAR(60) NOT NULL,
  severity VARCHAR(20) NOT NULL,
  confidence DOUBLE PRECISION NOT NULL
);
CREATE INDEX rep_faults_rep ON rep_faults (rep_id);

CREATE TABLE checkins (
  id ${id},
  created_at VARCHAR(40) NOT NULL,
  disposition VARCHAR(20) NOT NULL,
  answers_json TEXT NOT NULL,
  result_json TEXT NOT NULL
);
