-- The lifter's profile: one row. Height sets the video's scale, body mass the back-load estimate,
-- units how loads are shown (stored in kilograms always).
CREATE TABLE lifter_profile (
  id INTEGER PRIMARY KEY,
  height_cm DOUBLE PRECISION,
  body_mass_kg DOUBLE PRECISION,
  units VARCHAR(2) NOT NULL,
  updated_at VARCHAR(40) NOT NULL
);
