package id.jenjang.appraisal;

import id.jenjang.process.Var;

/** Process API of {@code appraisal-cycle}. */
public final class AppraisalCycleProcess {

    public static final String KEY = "appraisal-cycle";
    public static final String ALL_UNITS = "ALL";

    /** {@code cycle:<period>:<unitCode or ALL>}. */
    public static String businessKey(String period, String unitCode) {
        return "cycle:" + period + ":" + (unitCode == null || unitCode.isBlank() ? ALL_UNITS : unitCode);
    }

    public static final class Elements {
        public static final String START = "StartEvent_CycleRequested";
        public static final String TASK_REGISTER_CYCLE = "Task_RegisterCycle";
        public static final String SUBPROCESS_OPEN_LANE = "SubProcess_OpenLane";
        public static final String TASK_OPEN_CHUNK = "Task_OpenChunk";
        public static final String END_LANE_OPENED = "EndEvent_LaneOpened";
        public static final String TASK_FINISH_OPENING = "Task_FinishOpening";
        public static final String SUBPROCESS_CALIBRATION = "SubProcess_CalibrateUnits";
        public static final String TASK_CHECK_UNIT_RATED = "Task_CheckUnitRated";
        public static final String TIMER_WAIT_FOR_RATINGS = "Timer_WaitForRatings";
        public static final String TASK_CALIBRATE_UNIT = "Task_CalibrateUnit";
        public static final String TASK_APPLY_CALIBRATION = "Task_ApplyCalibration";
        public static final String END_OPENED = "EndEvent_QuarterOpened";
        public static final String END_CALIBRATED = "EndEvent_YearCalibrated";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final Var<String> PERIOD = Var.string("period");
        public static final Var<String> UNIT_CODE = Var.string("unitCode");
        public static final Var<String> SELF_ASSESSMENT_DUE = Var.string("selfAssessmentDue");
        public static final Var<String> RATING_DUE = Var.string("ratingDue");
        public static final Var<Boolean> ANNUAL = Var.bool("annual");
        public static final Var<Integer> TOTAL = Var.integer("total");
        public static final Var<Integer> STARTED = Var.integer("started");
        public static final Var<Boolean> OPENING_DONE = Var.bool("openingDone");
        /** Per lane: the last NIP opened so far (starts at the lane's lower bound, exclusive). */
        public static final Var<String> LAST_NIP = Var.string("lastNip");
        /** The lanes' lower bounds (exclusive): a list of NIPs, the first "" (see {@link CycleScope#laneBounds}). */
        public static final Var<Object> OPENING_LANES = Var.raw("openingLanes");
        /** Per lane: its lower bound, the multi-instance element. */
        public static final Var<String> LANE_AFTER_NIP = Var.string("laneAfterNip");
        /** Per lane: its upper bound (inclusive), absent for the last lane. */
        public static final Var<String> LANE_UP_TO_NIP = Var.string("laneUpToNip");
        /** Per lane: appraisals this lane started. */
        public static final Var<Integer> LANE_STARTED = Var.integer("laneStarted");
        public static final Var<Boolean> LANE_DONE = Var.bool("laneDone");
        public static final Var<Object> CALIBRATION_UNITS = Var.raw("calibrationUnits");
        public static final Var<String> CALIBRATION_UNIT = Var.string("calibrationUnit");
        public static final Var<String> CALIBRATION_POLL_INTERVAL = Var.string("calibrationPollInterval");
        public static final Var<Boolean> UNIT_RATED = Var.bool("unitRated");
        public static final Var<String> UNIT_NAME = Var.string("unitName");
        public static final Var<Integer> UNIT_SIZE = Var.integer("unitSize");
        public static final Var<String> DISTRIBUTION_CHART = Var.string("distributionChart");
        public static final Var<String> CURVE_SUMMARY = Var.string("curveSummary");
        public static final Var<Object> UNIT_RESULTS = Var.raw("unitResults");
        public static final Var<String> ORGANISATION_RATING = Var.string("organisationRating");
        public static final Var<Object> ADJUSTMENTS = Var.raw("adjustments");
        /** Written justification for a unit whose calibrated distribution stays off its curve. */
        public static final Var<String> CURVE_JUSTIFICATION = Var.string("curveJustification");

        private Variables() {
        }
    }

    private AppraisalCycleProcess() {
    }
}
