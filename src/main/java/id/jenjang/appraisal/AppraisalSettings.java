package id.jenjang.appraisal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the appraisal processes that are not regulation (those live in DMN/BPMN).
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
 */
@ConfigurationProperties("jenjang.appraisal")
public record AppraisalSettings(
        @DefaultValue("125") int chunkSize,
        @DefaultValue("2") int openingLanes,
        @DefaultValue("P14D") String objectionWindow,
        @DefaultValue("PT1H") String calibrationPollInterval,
        @DefaultValue("P1D") String reminderLead) {
}
