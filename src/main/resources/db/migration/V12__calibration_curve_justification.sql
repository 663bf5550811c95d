-- SE MenPANRB 3/2023: the distribution curve is a consideration for the leader, not a cap. A unit whose
-- calibrated distribution stays off its curve carries a written justification for the unit, recorded with
-- the calibration and shown to whoever reviews the results. Earlier calibrations have none (NULL).
ALTER TABLE calibration ADD COLUMN curve_justification VARCHAR(4000);
