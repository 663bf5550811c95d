package id.jenjang.promotion;

import id.jenjang.process.Var;

/**
 * Process API of {@code promotion-sweep}: the monthly sweep, page by page. The counts are running totals over
 * the pages done so far, so Cockpit shows the progress while the sweep runs and the result once it ended.
 */
public final class PromotionSweepProcess {

    public static final String KEY = "promotion-sweep";

    public static final class Elements {
        public static final String START = "StartEvent_MonthlySweep";
        /** One page per job: the BPMN loops back here until the employees are exhausted. */
        public static final String TASK_SWEEP_PAGE = "Task_SweepEligible";
        public static final String GATEWAY_MORE_TO_SWEEP = "Gateway_MoreToSweep";
        public static final String END = "EndEvent_SweepDone";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Active employees below IV/e looked at so far. */
        public static final Var<Integer> CHECKED = Var.integer("checked");
        /** KP reguler cases opened so far. */
        public static final Var<Integer> OPENED = Var.integer("opened");
        /** Employees not judged yet ("belum dapat dinilai"), so not opened. */
        public static final Var<Integer> NOT_ASSESSABLE = Var.integer("notAssessable");
        /** The last NIP of the last page done (keyset cursor); absent before the first page. */
        public static final Var<String> LAST_NIP = Var.string("lastNip");
        public static final Var<Integer> PAGES = Var.integer("pages");
        public static final Var<Boolean> SWEEP_DONE = Var.bool("sweepDone");

        private Variables() {
        }
    }

    private PromotionSweepProcess() {
    }
}
