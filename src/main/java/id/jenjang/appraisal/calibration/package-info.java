/**
 * Calibration: the distribution curve (limits on how a unit's predikat may be spread, read from
 * processes/distribution-curve.dmn), the check of a unit against it, and the summary and chart shown to HR.
 */
package id.jenjang.appraisal.calibration;
