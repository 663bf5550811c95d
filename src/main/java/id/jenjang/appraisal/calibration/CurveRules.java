package id.jenjang.appraisal.calibration;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the curve's limits come from. An interface so that {@link DistributionCurve} is tested against the
 * real DMN file on the standalone DMN engine, while the application reads the deployed decision.
 */
interface CurveRules {

    /** The rows of the curve version in force on {@code date} (the period's last day). */
    List<CurveLimit> limits(OrganisationRating rating, LocalDate date);
}
