package id.jenjang.appraisal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables and rule values of the appraisal processes (application.yaml {@code jenjang.appraisal},
 * docs/operations.md); the predikat matrix and the curve live in DMN.
 *
 * @param chunkSize employee appraisals started per transaction when a cycle opens: the engine orders a
 *     transaction's inserts in time quadratic in their number, a page costs a job and a commit; 125 measured
 *     best (docs/performance.md)
 * @param openingLanes NIP ranges a cycle opens in parallel (pages of different lanes run at the same time);
 *     about the number of cores: with one lane the database idles while the engine works and the other way
 *     round (docs/performance.md)
 * @param objectionWindow ISO duration the employee has to object (PP 30/2019: 14 days)
 * @param calibrationPollInterval how often a unit waiting for ratings is checked again
 * @param reminderLead how long before a due date the reminder goes out
 * @param selfAssessmentDue ISO duration the employee has for the self-assessment when the cycle's opening does
 *     not say (PermenPANRB 6/2022 leaves the schedule to the agency: a design decision, belum diverifikasi)
 * @param ratingDue ISO duration the rater has for the rating when the cycle's opening does not say (as above)
 */
@ConfigurationProperties("jenjang.appraisal")
public record AppraisalSettings(
        @DefaultValue("125") int chunkSize,
        @DefaultValue("2") int openingLanes,
        @DefaultValue("P14D") String objectionWindow,
        @DefaultValue("PT1H") String calibrationPollInterval,
        @DefaultValue("P1D") String reminderLead,
        @DefaultValue("P7D") String selfAssessmentDue,
        @DefaultValue("P7D") String ratingDue) {

    public AppraisalSettings {
        // a wrong value stops the start, not the first cycle opened months later
        for (String[] d : new String[][] {{"objection-window", objectionWindow},
                {"calibration-poll-interval", calibrationPollInterval}, {"reminder-lead", reminderLead},
                {"self-assessment-due", selfAssessmentDue}, {"rating-due", ratingDue}}) {
            if (!Durations.valid(d[1])) {
                throw new IllegalArgumentException("jenjang.appraisal." + d[0] + " is no ISO-8601 duration: " + d[1]);
            }
        }
    }
}
