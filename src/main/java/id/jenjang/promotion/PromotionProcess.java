package id.jenjang.promotion;

import id.jenjang.process.Var;

/** Process API of {@code promotion}; the monthly sweep has its own, {@link PromotionSweepProcess}. */
public final class PromotionProcess {

    public static final String KEY = "promotion";
    public static final String SWEEP_KEY = PromotionSweepProcess.KEY;
    /** Nominator of the cases the monthly sweep opens. */
    public static final String SYSTEM_NOMINATOR = "SISTEM";

    public static String businessKey(String nip, String type, String target) {
        return nip + ":" + type + ":" + target;
    }

    public static final class Elements {
        public static final String TASK_REGISTER = "Task_RegisterNomination";
        public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
        public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
        public static final String TASK_VERIFY_DOCUMENTS = "Task_VerifyDocuments";
        public static final String TASK_FIX_NOMINATION = "Task_FixNomination";
        public static final String TASK_PREPARE_VOTE = "Task_PrepareVote";
        public static final String TASK_TPK_VOTE = "Task_TpkVote";
        public static final String TASK_TALLY_VOTES = "Task_TallyVotes";
        public static final String TASK_SEKDA = "Task_SekdaRecommendation";
        public static final String TASK_PPK = "Task_PpkDecision";
        public static final String TASK_ANNOUNCE = "Task_Announce";
        public static final String EVENT_OBJECTION_WINDOW = "Gateway_ObjectionWindow";
        public static final String TIMER_OBJECTION_WINDOW = "Timer_ObjectionWindowOver";
        public static final String MESSAGE_OBJECTION = "Event_ObjectionFiled";
        public static final String TASK_REVIEW_OBJECTION = "Task_ReviewObjection";
        public static final String TASK_ISSUE_DECREE = "Task_IssueDecree";
        public static final String TASK_UPDATE_RECORDS = "Task_UpdateRecords";
        public static final String END_PROMOTED = "EndEvent_Promoted";
        public static final String END_REJECTED = "EndEvent_Rejected";

        private Elements() {
        }
    }

    public static final class Messages {
        public static final String OBJECTION = "PromotionObjection";

        private Messages() {
        }
    }

    public static final class Variables {
        public static final Var<String> NIP = Var.string("nip");
        public static final Var<String> PROMOTION_TYPE = Var.string("promotionType");
        public static final Var<String> TARGET_RANK = Var.string("targetRank");
        public static final Var<String> TARGET_POSITION = Var.string("targetPosition");
        public static final Var<String> NOMINATOR_NIP = Var.string("nominatorNip");
        public static final Var<String> NOMINATION_REASON = Var.string("nominationReason");
        public static final Var<Boolean> ELIGIBLE = Var.bool("eligible");
        public static final Var<String> ELIGIBILITY_REASONS = Var.string("eligibilityReasons");
        /** Informational; the decree reads the period from promotion_case, not from this variable. */
        public static final Var<String> KP_PERIOD = Var.string("kpPeriod");
        public static final Var<Boolean> VERIFIED = Var.bool("verified");
        public static final Var<String> VERIFICATION_NOTE = Var.string("verificationNote");
        public static final Var<Object> VOTERS = Var.raw("voters");
        public static final Var<String> VOTER = Var.string("voter");
        public static final Var<String> VOTE = Var.string("vote");
        public static final Var<String> VOTE_REASON = Var.string("voteReason");
        public static final Var<Boolean> TPK_APPROVED = Var.bool("tpkApproved");
        public static final Var<String> MINUTES = Var.string("minutes");
        public static final Var<Boolean> RECOMMENDED = Var.bool("recommended");
        public static final Var<String> RECOMMENDATION_NOTE = Var.string("recommendationNote");
        public static final Var<Boolean> APPROVED = Var.bool("approved");
        public static final Var<String> DECISION_NOTE = Var.string("decisionNote");
        public static final Var<String> OBJECTION_WINDOW = Var.string("objectionWindow");
        public static final Var<java.util.Date> OBJECTION_WINDOW_ENDS = Var.date("objectionWindowEnds");
        public static final Var<String> OBJECTION_REASON = Var.string("objectionReason");
        public static final Var<String> OBJECTOR = Var.string("objector");
        public static final Var<String> OBJECTION_OUTCOME = Var.string("objectionOutcome");
        public static final Var<String> OBJECTION_NOTE = Var.string("objectionReviewNote");
        public static final Var<String> SK_NUMBER = Var.string("skNumber");
        public static final Var<String> SK_DATE = Var.string("skDate");
        public static final Var<String> CANDIDATE_NAME = Var.string("candidateName");
        public static final Var<String> TARGET_LABEL = Var.string("targetLabel");
        public static final Var<String> REJECTION_STEP = Var.string("rejectionStep");
        public static final Var<String> REJECTION_REASON = Var.string("rejectionReason");

        private Variables() {
        }
    }

    private PromotionProcess() {
    }
}
