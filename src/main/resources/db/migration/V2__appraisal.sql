-- Appraisal cycles and their results. The engine's variables drive the running process; these tables are the
-- record that outlives it (history cleanup) and what /api/appraisals and /api/cycles read.

CREATE TABLE appraisal_cycle (
    business_key         VARCHAR(100) PRIMARY KEY,
    period               VARCHAR(7)   NOT NULL,
    unit_kode            VARCHAR(40),
    annual               BOOLEAN      NOT NULL,
    process_instance_id  VARCHAR(64),
    total                INTEGER      NOT NULL DEFAULT 0,
    started              INTEGER      NOT NULL DEFAULT 0,
    status               VARCHAR(20)  NOT NULL,
    opened_by            VARCHAR(64),
    opened_at            TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE appraisal (
    nip                      VARCHAR(18)   NOT NULL REFERENCES employee (nip),
    period                   VARCHAR(7)    NOT NULL,
    cycle_key                VARCHAR(100)  NOT NULL REFERENCES appraisal_cycle (business_key),
    process_instance_id      VARCHAR(64),
    unit_kode                VARCHAR(40)   NOT NULL,
    -- the unit whose distribution curve this result counts in (an OPD, or the cycle's unit)
    calibration_unit         VARCHAR(40)   NOT NULL,
    rater_nip                VARCHAR(18)   NOT NULL,
    reviewer_nip             VARCHAR(18),
    status                   VARCHAR(24)   NOT NULL,
    self_assessment          VARCHAR(4000),
    self_assessment_missing  BOOLEAN       NOT NULL DEFAULT FALSE,
    hasil_kerja              VARCHAR(10),
    perilaku_kerja           VARCHAR(10),
    berorientasi_pelayanan   VARCHAR(10),
    akuntabel                VARCHAR(10),
    kompeten                 VARCHAR(10),
    harmonis                 VARCHAR(10),
    loyal                    VARCHAR(10),
    adaptif                  VARCHAR(10),
    kolaboratif              VARCHAR(10),
    rating_note              VARCHAR(4000),
    predikat                 VARCHAR(20),
    rated_predikat           VARCHAR(20),
    calibration_reason       VARCHAR(2000),
    accepted_by_timeout      BOOLEAN,
    objection_reason         VARCHAR(4000),
    objection_decision       VARCHAR(10),
    objection_note           VARCHAR(4000),
    recognition_candidate    BOOLEAN       NOT NULL DEFAULT FALSE,
    rated_at                 TIMESTAMP,
    finalized_at             TIMESTAMP,
    PRIMARY KEY (nip, period)
);
CREATE INDEX idx_appraisal_calibration ON appraisal (cycle_key, calibration_unit, status);

CREATE TABLE calibration (
    cycle_key            VARCHAR(100) NOT NULL REFERENCES appraisal_cycle (business_key),
    unit_kode            VARCHAR(40)  NOT NULL,
    organisation_rating  VARCHAR(20)  NOT NULL,
    adjustments          VARCHAR(20000) NOT NULL,
    warnings             VARCHAR(4000) NOT NULL DEFAULT '',
    decided_by           VARCHAR(64),
    decided_at           TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (cycle_key, unit_kode)
);
