package id.jenjang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.csvimport.ImportResult;
import id.jenjang.employee.EmployeeImportService;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Figures for the 5,000-row employee import (issue 2), printed, not asserted: run with
 * {@code ./mvnw verify -Pbenchmark} (H2) or, on PostgreSQL, {@code ./mvnw verify -Pbenchmark
 * -Dbenchmark.db-url=jdbc:postgresql://127.0.0.1:5432/jenjang_bench -Dbenchmark.db-user=postgres}. Measures a first import (all created, Camunda users and memberships
 * included), a re-import (all unchanged) and one where every tenth row changes. Results: docs/performance.md.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${benchmark.db-url:jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${benchmark.db-user:sa}",
        "spring.datasource.password=",
        "jenjang.demo.enabled=false",
        "jenjang.admin.password=benchmark",
        "camunda.bpm.job-execution.enabled=false",
        "management.health.mail.enabled=false"})
class EmployeeImportBenchmark {

    static final int ROWS = 5_000;
    static final String HEADER = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
            + "tmt_golongan,pendidikan,nip_atasan,peran\n";

    @Autowired
    EmployeeImportService importService;

    @Test
    void importFiveThousandEmployees() {
        String first = organisation(ROWS, 0);
        String changed = organisation(ROWS, 10);
        // one small import to load classes and warm the JIT before measuring
        importService.importCsv(organisation(50, 0).replace("1995", "1996"), false);

        ImportResult created = measure("create " + ROWS, () -> importService.importCsv(first, false));
        ImportResult unchanged = measure("re-import unchanged", () -> importService.importCsv(first, false));
        ImportResult updated = measure("every 10th row changed", () -> importService.importCsv(changed, false));

        assertThat(created.created()).isEqualTo(ROWS);
        assertThat(unchanged.unchanged()).isEqualTo(ROWS);
        assertThat(updated.updated()).isEqualTo(ROWS / 10);
    }

    private static ImportResult measure(String label, java.util.function.Supplier<ImportResult> run) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        ImportResult result = run.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("BENCHMARK employee-import %-24s %5d rows %6d ms %8.0f rows/s heap %+d MB -> %s%n", label,
                ROWS, ms, ROWS * 1000.0 / Math.max(ms, 1), (heapAfter - heapBefore) / (1024 * 1024), result);
        return result;
    }

    /** 50 units of 100; row 0 of each unit heads it, the rest report to the head. */
    static String organisation(int rows, int changeEvery) {
        StringBuilder csv = new StringBuilder(HEADER);
        Random random = new Random(5000);
        String head = null;
        for (int i = 0; i < rows; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i);
            String nip = String.format("%04d%02d%02d199501%d%03d", born.getYear(), born.getMonthValue(),
                    born.getDayOfMonth(), 1 + i % 2, i % 1000);
            String unit = "BENCH" + (i / 100);
            boolean isHead = i % 100 == 0;
            head = isHead ? nip : head;
            String golongan = changeEvery > 0 && i % changeEvery == 5 ? "III/b" : (isHead ? "IV/a" : "II/c");
            csv.append(String.join(",", nip, "Pegawai " + i, "p" + i + "@contoh.go.id", unit, "Unit " + unit, "",
                    isHead ? "Kepala" : "Staf", isHead ? "ADMINISTRATOR" : "PELAKSANA", golongan,
                    "2019-0" + (1 + random.nextInt(9)) + "-01", "S1", isHead ? "" : head, "")).append('\n');
        }
        return csv.toString();
    }
}
