package id.jenjang.coaching;

import id.jenjang.process.Var;
import java.util.Date;

/** Process API of {@code performance-coaching}. */
public final class CoachingProcess {

    public static final String KEY = "performance-coaching";

    public static final class Elements {
        public static final String TASK_REGISTER = "Task_RegisterCoaching";
        public static final String TASK_AGREE_PLAN = "Task_AgreeCoachingPlan";
        public static final String TASK_ACKNOWLEDGE_PLAN = "Task_AcknowledgePlan";
        public static final String SUBPROCESS_PERIOD = "SubProcess_CoachingPeriod";
        public static final String TIMER_NEXT_SESSION = "Timer_NextSession";
        public static final String TASK_RECORD_SESSION = "Task_RecordCoachingSession";
        public static final String TIMER_SESSION_REMINDER = "Timer_SessionReminder";
        public static final String TIMER_SESSION_ESCALATION = "Timer_SessionEscalation";
        public static final String TASK_FOLLOW_UP_MISSED_SESSION = "Task_FollowUpMissedSession";
        public static final String TIMER_PERIOD_OVER = "Timer_CoachingPeriodOver";
        public static final String TASK_FEEDBACK = "Task_CoachingFeedback";
        public static final String TASK_COMPETENCY = "Task_CompetencyEvaluation";
        public static final String TASK_RE_EVALUATE = "Task_ReEvaluate";
        public static final String TASK_HR_DECISION = "Task_HrDecision";
        public static final String END_IMPROVED = "EndEvent_Improved";
        public static final String END_DECIDED = "EndEvent_HrDecided";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final Var<String> NIP = Var.string("nip");
        public static final Var<String> COACH_NIP = Var.string("coachNip");
        public static final Var<String> PERIOD = Var.string("period");
        public static final Var<Integer> DURATION_MONTHS = Var.integer("durationMonths");
        public static final Var<String> SESSION_INTERVAL = Var.string("sessionInterval");
        public static final Var<String> COACHING_REASON = Var.string("coachingReason");
        public static final Var<String> APPRAISAL_PREDIKAT = Var.string("appraisalPredikat");
        public static final Var<String> EMPLOYEE_NAME = Var.string("employeeName");
        public static final Var<String> COACH_NAME = Var.string("coachName");
        public static final Var<Date> COACHING_END_DATE = Var.date("coachingEndDate");
        public static final Var<Date> SESSION_DUE_DATE = Var.date("sessionDueDate");
        public static final Var<Date> SESSION_ESCALATION_DATE = Var.date("sessionEscalationDate");
        public static final Var<Integer> SESSION_NUMBER = Var.integer("sessionNumber");
        public static final Var<Integer> SESSION_COUNT = Var.integer("sessionCount");
        public static final Var<String> COACHING_GOALS = Var.string("coachingGoals");
        public static final Var<String> DEVELOPMENT_ACTIONS = Var.string("developmentActions");
        public static final Var<String> MENTOR_NIP = Var.string("mentorNip");
        public static final Var<String> MENTOR_NAME = Var.string("mentorName");
        public static final Var<Boolean> PLAN_ACKNOWLEDGED = Var.bool("planAcknowledged");
        public static final Var<String> EMPLOYEE_COMMENT = Var.string("employeeComment");
        public static final Var<String> SESSION_NOTES = Var.string("sessionNotes");
        public static final Var<String> PROGRESS = Var.string("progress");
        public static final Var<String> FOLLOW_UP_NOTE = Var.string("followUpNote");
        public static final Var<String> RE_EVALUATION_NOTE = Var.string("reEvaluationNote");
        public static final Var<String> PREDIKAT = Var.string("predikat");
        public static final Var<Integer> EXTENSIONS_USED = Var.integer("extensionsUsed");
        /** How many extensions the configuration allows (jenjang.coaching.max-extensions), for the HR form. */
        public static final Var<Integer> MAX_EXTENSIONS = Var.integer("maxExtensions");
        public static final Var<String> HR_DECISION = Var.string("hrDecision");
        public static final Var<String> HR_NOTE = Var.string("hrNote");
        public static final Var<String> COACHING_OUTCOME = Var.string("coachingOutcome");

        private Variables() {
        }
    }

    /** Sessions, progress and HR decisions as the contract spells them. */
    public enum Progress { ON_TRACK, AT_RISK, OFF_TRACK }

    public enum HrDecision { EXTEND_COACHING, REASSIGN, DEMOTE, REFER_DISCIPLINE }

    public static final String IMPROVED = "IMPROVED";
    private CoachingProcess() {
    }
}
