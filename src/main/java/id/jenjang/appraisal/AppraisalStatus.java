package id.jenjang.appraisal;

/** Where an employee's appraisal stands; FINAL is the stored result. */
public enum AppraisalStatus {
    SELF_ASSESSMENT, RATING, AWAITING_CALIBRATION, REVIEW, OBJECTION, FINAL
}
