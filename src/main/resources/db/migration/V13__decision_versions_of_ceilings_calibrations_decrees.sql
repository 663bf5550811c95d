-- Rules in force (issue 10), the rest of "every stored result names the rule version that produced it".

-- The education ceiling table is judged by date like the eligibility rows it serves: the version in force on the
-- KP period date, from the same regulation and the same start as promotion-eligibility PerBKN-2-2025. Rows S1 and
-- above are marked BELUM DIVERIFIKASI in the DMN itself; this row dates the table, not each of its rows.
INSERT INTO rule_validity (decision_key, version_tag, valid_from, source) VALUES
  ('promotion-education-ceiling', 'PerBKN-2-2025', DATE '2025-05-20',
   'Peraturan BKN 2/2025, ditetapkan 20 Mei 2025 (pangkat tertinggi KP reguler menurut pendidikan); tanggal pengundangan belum diverifikasi; baris S1/D4, S2, S3 belum diverifikasi');

-- The distribution-curve version (in force on the period's last day) that judged a unit's calibration. NULL for
-- calibrations recorded before V13.
ALTER TABLE calibration ADD COLUMN decision_key VARCHAR(100);
ALTER TABLE calibration ADD COLUMN decision_version INTEGER;
ALTER TABLE calibration ADD COLUMN version_tag VARCHAR(100);

-- The promotion-eligibility version that judged the case, copied by the decree from the case's ELIGIBILITY entry
-- (Jenjang's hash-chained record, never a process variable). NULL for decrees issued before V13 and for cases
-- judged before V11, whose entry names no version.
ALTER TABLE promotion_case ADD COLUMN decree_decision_key VARCHAR(100);
ALTER TABLE promotion_case ADD COLUMN decree_decision_version INTEGER;
ALTER TABLE promotion_case ADD COLUMN decree_version_tag VARCHAR(100);
