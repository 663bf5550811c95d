-- Who recorded a rule's validity start and when (issue 10): BKPSDM records it through POST /api/rules/validity,
-- and a date that decides which rule judges people is worth as much as its author. The rows of V11 came with
-- the code's migrations.
ALTER TABLE rule_validity ADD COLUMN recorded_by VARCHAR(64) DEFAULT 'MIGRATION' NOT NULL;
ALTER TABLE rule_validity ADD COLUMN recorded_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;
