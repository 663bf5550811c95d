-- Peraturan BKN 2/2025 and PP 94/2021 in the master data and the promotion case (domain rules §3).
-- pendidikan: the levels below D3 that set the highest rank by KP reguler (SLTP_KEJURUAN is 13 characters);
-- stored SMA rows stay as they are and are read as SLTA.
ALTER TABLE employee ALTER COLUMN pendidikan SET DATA TYPE VARCHAR(16);
-- A discipline record without a level (tingkat NULL) is a case still under examination; it blocks promotion
-- like SEDANG and BERAT until it ends (selesai) or the decided level is imported for the same start date.
ALTER TABLE discipline_record ALTER COLUMN tingkat DROP NOT NULL;
-- The KP period the case is judged for (1st of the month, Peraturan BKN 4/2025): eligibility counts years in
-- rank, sanctions and annual results on this date, and the decree's TMT golongan is this date.
ALTER TABLE promotion_case ADD COLUMN kp_period DATE;
