package id.jenjang.appraisal.calibration;

import java.util.List;

/**
 * Where the curve's limits come from. An interface so that {@link DistributionCurve} is tested against the
 * real DMN file on the standalone DMN engine, while the application reads the deployed decision.
 */
interface CurveRules {

    List<CurveLimit> limits(OrganisationRating rating);
}
