package id.jenjang.appraisal;

import id.jenjang.process.Var;
import java.util.Date;
import java.util.List;

/** Process API of {@code employee-appraisal}: the names of the process contract, spelled once. */
public final class EmployeeAppraisalProcess {

    public static final String KEY = "employee-appraisal";

    public static String businessKey(String nip, String period) {
        return nip + ":" + period;
    }

    public static final class Elements {
        public static final String TASK_SELF_ASSESSMENT = "Task_SelfAssessment";
        public static final String TASK_RATE_EMPLOYEE = "Task_RateEmployee";
        public static final String TASK_DECIDE_PREDIKAT = "Task_DecidePredikat";
        public static final String EVENT_APPRAISAL_CALIBRATED = "Event_AppraisalCalibrated";
        public static final String TASK_REVIEW_RESULT = "Task_ReviewResult";
        public static final String TASK_DECIDE_OBJECTION = "Task_DecideObjection";
        public static final String TASK_START_COACHING = "Task_StartCoaching";
        public static final String TIMER_SELF_ASSESSMENT_REMINDER = "Timer_SelfAssessmentReminder";
        public static final String TIMER_SELF_ASSESSMENT_OVERDUE = "Timer_SelfAssessmentOverdue";
        public static final String TIMER_RATING_REMINDER = "Timer_RatingReminder";
        public static final String TIMER_REVIEW_WINDOW = "Timer_ReviewWindow";
        public static final String END_FINAL = "EndEvent_AppraisalFinal";
        public static final String END_COACHING_STARTED = "EndEvent_CoachingStarted";

        private Elements() {
        }
    }

    public static final class Messages {
        public static final String APPRAISAL_CALIBRATED = "AppraisalCalibrated";

        private Messages() {
        }
    }

    public static final class Variables {
        public static final Var<String> NIP = Var.string("nip");
        public static final Var<String> PERIOD = Var.string("period");
        public static final Var<String> PERIOD_LABEL = Var.string("periodLabel");
        public static final Var<String> RATER_NIP = Var.string("raterNip");
        public static final Var<String> REVIEWER_NIP = Var.string("reviewerNip");
        public static final Var<String> EMPLOYEE_NAME = Var.string("employeeName");
        public static final Var<String> EMPLOYEE_JABATAN = Var.string("employeeJabatan");
        public static final Var<String> UNIT_NAME = Var.string("unitName");
        public static final Var<String> RATER_NAME = Var.string("raterName");
        public static final Var<String> REVIEWER_NAME = Var.string("reviewerName");
        public static final Var<Date> SELF_ASSESSMENT_DUE_DATE = Var.date("selfAssessmentDueDate");
        public static final Var<Date> RATING_DUE_DATE = Var.date("ratingDueDate");
        public static final Var<Date> RATING_REMINDER_DATE = Var.date("ratingReminderDate");
        public static final Var<String> SELF_ASSESSMENT = Var.string("selfAssessment");
        public static final Var<Boolean> SELF_ASSESSMENT_MISSING = Var.bool("selfAssessmentMissing");
        public static final Var<Rating> HASIL_KERJA = Var.enumeration("hasilKerja", Rating.class);
        public static final Var<Rating> PERILAKU_KERJA = Var.enumeration("perilakuKerja", Rating.class);
        public static final Var<String> RATING_NOTE = Var.string("ratingNote");
        public static final Var<Predikat> PREDIKAT = Var.enumeration("predikat", Predikat.class);
        public static final Var<String> CALIBRATION_REASON = Var.string("calibrationReason");
        /** The unit's justification for staying off the curve, shown read-only to whoever reviews the result. */
        public static final Var<String> CURVE_JUSTIFICATION = Var.string("curveJustification");
        public static final Var<Boolean> ACCEPTED = Var.bool("accepted");
        public static final Var<Boolean> ACCEPTED_BY_TIMEOUT = Var.bool("acceptedByTimeout");
        public static final Var<String> OBJECTION_REASON = Var.string("objectionReason");
        public static final Var<String> OBJECTION_DECISION = Var.string("objectionDecision");
        public static final Var<String> OBJECTION_NOTE = Var.string("objectionNote");

        /** The seven BerAKHLAK values, each rated like the overall behaviour. */
        public static final List<Var<Rating>> BERAKHLAK = List.of(
                Var.enumeration("berorientasiPelayanan", Rating.class),
                Var.enumeration("akuntabel", Rating.class),
                Var.enumeration("kompeten", Rating.class),
                Var.enumeration("harmonis", Rating.class),
                Var.enumeration("loyal", Rating.class),
                Var.enumeration("adaptif", Rating.class),
                Var.enumeration("kolaboratif", Rating.class));

        private Variables() {
        }
    }

    private EmployeeAppraisalProcess() {
    }
}
