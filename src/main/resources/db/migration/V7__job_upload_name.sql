-- The name a video was uploaded under, per upload: the same bytes sent again as "tuesday.mp4"
-- are stored once (by SHA-256) but analysed and listed under the name they were sent with.
ALTER TABLE jobs ADD COLUMN upload_name VARCHAR(400);
