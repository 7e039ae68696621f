-- Reps in reserve, the other common way to log effort (next to RPE).
ALTER TABLE sets ADD COLUMN rir INTEGER;
