-- Rules in force (issue 10). A decision version's validity start is a legal fact (when the regulation it
-- encodes takes effect), kept per decision key and versionTag: the process owner sets the versionTag in the
-- Modeler, BKPSDM records from when that tag is law here. A deployed version whose tag has no row is never in
-- force (it shows as "latest" in the replay only), so a redeploy cannot change a past or present verdict
-- before its date has been recorded. See docs/rules.md and docs/adr/0007-rule-validity-table.md.
CREATE TABLE rule_validity (
    decision_key  VARCHAR(100)  NOT NULL,
    version_tag   VARCHAR(100)  NOT NULL,
    valid_from    DATE          NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (decision_key, version_tag)
);

INSERT INTO rule_validity (decision_key, version_tag, valid_from, source) VALUES
  ('predikat-kinerja', 'PermenPANRB-6-2022', DATE '2022-01-01',
   'PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN; tanggal mulai berlaku belum diverifikasi (awal tahun penilaian 2022)'),
  ('distribution-curve', 'SE-MenPANRB-3-2023', DATE '2023-01-01',
   'SE MenPANRB 3/2023 (kurva sebagai pertimbangan); tanggal mulai berlaku belum diverifikasi (awal tahun penilaian 2023)'),
  ('promotion-eligibility', 'PerBKN-2-2025', DATE '2025-05-20',
   'Peraturan BKN 2/2025, ditetapkan 20 Mei 2025; tanggal pengundangan belum diverifikasi');

-- which decision version produced a stored predikat (the rating's; an upheld objection's replaces it)
ALTER TABLE appraisal ADD COLUMN decision_key VARCHAR(100);
ALTER TABLE appraisal ADD COLUMN decision_version INTEGER;
ALTER TABLE appraisal ADD COLUMN version_tag VARCHAR(100);

-- the same for a coaching case's re-evaluation predikat
ALTER TABLE coaching_case ADD COLUMN re_eval_decision_key VARCHAR(100);
ALTER TABLE coaching_case ADD COLUMN re_eval_decision_version INTEGER;
ALTER TABLE coaching_case ADD COLUMN re_eval_version_tag VARCHAR(100);
