package id.jenjang.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;

/**
 * How long the pieces of a paged process (opening pages, sweep pages) held their job, read from the engine's job
 * log: from the job's creation (the previous piece's commit) to its success, an upper bound of the time from
 * acquisition (when the lock starts) to the end of the run. What the job lock must cover (ADR 0009).
 */
record PieceDurations(List<Long> millis, long failures) {

    static PieceDurations of(HistoryService history, String processInstanceId, String activityId) {
        Map<String, Long> created = new HashMap<>();
        List<Long> millis = new ArrayList<>();
        long failures = 0;
        List<HistoricJobLog> logs = history.createHistoricJobLogQuery().processInstanceId(processInstanceId)
                .activityIdIn(activityId).orderByTimestamp().asc().orderPartiallyByOccurrence().asc().list();
        for (HistoricJobLog log : logs) {
            if (log.isCreationLog()) {
                created.put(log.getJobId(), log.getTimestamp().getTime());
            } else if (log.isFailureLog()) {
                failures++;
            } else if (log.isSuccessLog() && created.containsKey(log.getJobId())) {
                millis.add(log.getTimestamp().getTime() - created.get(log.getJobId()));
            }
        }
        return new PieceDurations(millis, failures);
    }

    String summary() {
        if (millis.isEmpty()) {
            return "no pieces";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("%d pieces, ms per piece p50 %d, p95 %d, max %d, mean %.0f; %d failed runs", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, sorted.size() * 95 / 100)),
                sorted.get(sorted.size() - 1), sorted.stream().mapToLong(Long::longValue).average().orElse(0),
                failures);
    }
}
