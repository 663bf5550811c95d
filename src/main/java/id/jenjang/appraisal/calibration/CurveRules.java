package id.jenjang.appraisal.calibration;

import id.jenjang.rules.DecisionVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the curve's limits come from. An interface so that {@link DistributionCurve} is tested against the
 * real DMN file on the standalone DMN engine, while the application reads the deployed decision.
 */
interface CurveRules {

    /** The limits under one organisation rating and the curve version they come from, in one look-up. */
    record Applicable(DecisionVersion version, List<CurveLimit> limits) {

        public Applicable {
            limits = List.copyOf(limits);
        }
    }

    /** The rows of the curve version in force on {@code date} (the period's last day). */
    Applicable limits(OrganisationRating rating, LocalDate date);
}
