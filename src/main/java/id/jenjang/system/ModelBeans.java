package id.jenjang.system;

import java.util.Map;
import java.util.Set;

/**
 * The Spring beans a BPMN model may name in an expression, and the only members it may call on them. This is
 * the single list: {@link DeploymentCheck} refuses a deployment naming anything else, and the engine resolves
 * only these beans at run time ({@link DeploymentCheckPlugin}), so a model deployed before this check existed
 * cannot reach {@code dataSource} either.
 *
 * <p>Adding a bean for a model is one line below: {@code bean("name")} for a delegate, listener or validator
 * used as {@code ${name}}; {@code bean("name", "method", ...)} for a routing bean whose methods a model calls
 * ({@code ${name.method(execution)}}). Only beans written for models belong here: each of them is Jenjang code
 * that decides what a model may do with the {@code execution} it is handed.
 */
public final class ModelBeans {

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // routing: dates, cycles and groups the models read, computed by Jenjang
            bean("appraisalRouting", "annual", "calibrationUnits", "objectionWindow", "reviewerGroups",
                    "selfAssessmentReminder"),
            bean("mailRouting", "retryCycle"),
            bean("promotionRouting", "dueDate", "slaCycle", "sweepCycle"),
            bean("ruleRouting", "predikatForPeriod", "predikatToday"),
            // listeners
            bean("notifyAssigneeListener"),
            bean("openingLaneListener"),
            bean("voteScope"),
            // form validators (task and execution listeners)
            bean("acknowledgementValidator"),
            bean("calibrationValidator"),
            bean("decreeValidator"),
            bean("feedbackValidator"),
            bean("fixNominationValidator"),
            bean("followUpValidator"),
            bean("hrDecisionValidator"),
            bean("objectionDecisionValidator"),
            bean("planValidator"),
            bean("ppkValidator"),
            bean("ratingValidator"),
            bean("reEvaluateValidator"),
            bean("reviewObjectionValidator"),
            bean("reviewValidator"),
            bean("sekdaValidator"),
            bean("selfAssessmentValidator"),
            bean("sessionValidator"),
            bean("tpkVoteValidator"),
            bean("verificationValidator"),
            // service task delegates
            bean("acceptByTimeoutDelegate"),
            bean("announceDelegate"),
            bean("applyCalibrationDelegate"),
            bean("checkEligibilityDelegate"),
            bean("checkUnitRatedDelegate"),
            bean("closeCycleDelegate"),
            bean("extendCoachingDelegate"),
            bean("finalizeResultDelegate"),
            bean("finishOpeningDelegate"),
            bean("notifyCandidateAndNominatorDelegate"),
            bean("openChunkDelegate"),
            bean("prepareSessionDelegate"),
            bean("prepareVoteDelegate"),
            bean("recordMissedSessionDelegate"),
            bean("recordObjectionDecisionDelegate"),
            bean("recordObjectionDelegate"),
            bean("recordOutcomeDelegate"),
            bean("recordPlanDelegate"),
            bean("recordRatingDelegate"),
            bean("recordReEvaluationDelegate"),
            bean("recordRejectionDelegate"),
            bean("recordSelfAssessmentDelegate"),
            bean("registerCoachingDelegate"),
            bean("registerCycleDelegate"),
            bean("registerNominationDelegate"),
            bean("requestMailDelegate"),
            bean("sendMailDelegate"),
            bean("slaReminderDelegate"),
            bean("startCoachingDelegate"),
            bean("sweepEligibleDelegate"),
            bean("tallyVotesDelegate"),
            bean("updateRecordsDelegate"));

    /**
     * Functions the engine itself registers for expressions; they take no object a model could reach into
     * (a call's result may not be dereferenced, see {@link ExpressionCheck}).
     */
    static final Set<String> ENGINE_FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

    private ModelBeans() {
    }

    public static boolean isBean(String name) {
        return ALLOWED.containsKey(name);
    }

    public static boolean allowsMember(String bean, String member) {
        return ALLOWED.getOrDefault(bean, Set.of()).contains(member);
    }

    private static Map.Entry<String, Set<String>> bean(String name, String... members) {
        return Map.entry(name, Set.of(members));
    }
}
