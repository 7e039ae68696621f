-- Date of birth and sex, so the check-in can take the lifter's age (and sex) from the profile
-- instead of asking them each time; the age rules (over 50, 70 and over) need the exact age.
ALTER TABLE lifter_profile ADD COLUMN birth_date VARCHAR(10);
ALTER TABLE lifter_profile ADD COLUMN sex VARCHAR(8);
