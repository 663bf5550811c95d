-- The date the employee took up their current post (TMT jabatan), from the import's optional column tmt_jabatan
-- or from a JABATAN decree. Null when not known: promotion eligibility then falls back to tmt_golongan and says so.
ALTER TABLE employee ADD COLUMN tmt_jabatan DATE;
