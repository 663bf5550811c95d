package id.jenjang.csvimport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows imported, per import and result ({@code jenjang_import_rows_total{import, result}}), for import rates on
 * the dashboard. Counted when the import's transaction has committed: a file rejected or rolled back imported
 * nothing. The counters exist from the start at 0, so a rate shows 0, not "no data", before the first import.
 */
@Component
public class ImportMetrics {

    public static final String EMPLOYEES = "employee";
    public static final String DISCIPLINE = "discipline";
    public static final String APPRAISAL_HISTORY = "appraisal-history";

    /** One import's counters: created, updated, unchanged. */
    private record Counters(Counter created, Counter updated, Counter unchanged) {
    }

    private final Map<String, Counters> counters;

    public ImportMetrics(MeterRegistry registry) {
        Function<String, Counters> register = name -> new Counters(counter(registry, name, "created"),
                counter(registry, name, "updated"), counter(registry, name, "unchanged"));
        counters = List.of(EMPLOYEES, DISCIPLINE, APPRAISAL_HISTORY).stream()
                .collect(Collectors.toUnmodifiableMap(n -> n, register));
    }

    private static Counter counter(MeterRegistry registry, String importName, String result) {
        return Counter.builder("jenjang.import.rows").tag("import", importName).tag("result", result)
                .description("rows of accepted CSV imports, by import and what the row did").register(registry);
    }

    /** Adds the result's rows once the surrounding transaction commits (at once without one). */
    public void countWhenCommitted(String importName, ImportResult result) {
        Counters c = counters.get(importName);
        if (c == null) {
            throw new IllegalArgumentException("unknown import " + importName);
        }
        Runnable add = () -> {
            c.created().increment(result.created());
            c.updated().increment(result.updated());
            c.unchanged().increment(result.unchanged());
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            add.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                add.run();
            }
        });
    }
}
