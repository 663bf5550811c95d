package id.jenjang.promotion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who the monthly sweep must nominate, worked out from the master data tables and the regulation, not by
 * EligibilityService (which the sweep uses): four years since TMT golongan; BAIK or better in each of the last
 * two annual appraisals; no moderate or severe sanction recorded and not ended, nor an examination (empty
 * level); (Peraturan BKN 2/2025, replacing "the next rank not above the direct supervisor's") jabatan pelaksana,
 * study leave or secondment without a leadership post only, and the next rank not above the highest for the
 * education (the regulation's table, written out here); the service exam never blocks (BKPSDM verifies it).
 */
final class KpRegulerDue {

    static final List<String> RANKS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a",
            "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    static final Set<String> GOOD = Set.of("SANGAT_BAIK", "BAIK");
    /** Peraturan BKN 2/2025, highest rank by KP reguler per education (SMA is the old name of SLTA). */
    static final Map<String, String> CEILING = Map.ofEntries(Map.entry("SD", "II/a"), Map.entry("SLTP", "II/c"),
            Map.entry("SLTP_KEJURUAN", "II/d"), Map.entry("SLTA", "III/b"), Map.entry("SMA", "III/b"),
            Map.entry("SLTA_KEJURUAN", "III/b"), Map.entry("D1", "III/b"), Map.entry("D2", "III/b"),
            Map.entry("D3", "III/c"), Map.entry("S1", "III/d"), Map.entry("D4", "III/d"), Map.entry("S2", "IV/a"),
            Map.entry("S3", "IV/b"));

    private KpRegulerDue() {
    }

    /** The KP period a sweep on {@code today} is for: that day on a 1st, else the next 1st (Peraturan BKN 4/2025). */
    static LocalDate period(LocalDate today) {
        return today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
    }

    /** The last year whose annual result is final on the period date: the year before it from 1 February. */
    static int lastAnnualYear(LocalDate period) {
        return period.getMonthValue() == 1 ? period.getYear() - 2 : period.getYear() - 1;
    }

    /** The business key of the KP reguler case the sweep opens for a NIP due for {@code target}. */
    static String key(String nip, String target) {
        return nip + ":KP_REGULER:" + target;
    }

    /**
     * NIP -> next rank of every active employee due for KP reguler by a sweep on this day, read from the tables:
     * judged on the KP period date (years in rank, sanctions, the two annual results final then).
     */
    static Map<String, String> dueOn(JdbcClient jdbc, LocalDate sweepDay) {
        LocalDate today = period(sweepDay);
        Map<String, Map<Integer, String>> annual = new HashMap<>();
        jdbc.sql("SELECT nip, periode, predikat FROM annual_result").query((rs, n) -> {
            if (rs.getString("periode").matches("\\d{4}")) {
                annual.computeIfAbsent(rs.getString("nip"), k -> new HashMap<>())
                        .put(Integer.parseInt(rs.getString("periode")), rs.getString("predikat"));
            }
            return null;
        }).list();
        Set<String> sanctioned = new HashSet<>(jdbc.sql("SELECT nip FROM discipline_record WHERE (tingkat IN"
                + " ('SEDANG', 'BERAT') OR tingkat IS NULL) AND (selesai IS NULL OR selesai >= ?)")
                .param(java.sql.Date.valueOf(today)).query(String.class).list());
        Map<String, String> due = new HashMap<>();
        jdbc.sql("SELECT nip, golongan, tmt_golongan, jenis_jabatan, penugasan, pendidikan FROM employee WHERE aktif")
                .query((rs, n) -> {
            String nip = rs.getString("nip");
            int current = RANKS.indexOf(rs.getString("golongan"));
            if (current == RANKS.size() - 1) {
                return null;
            }
            String next = RANKS.get(current + 1);
            Map<Integer, String> results = annual.getOrDefault(nip, Map.of());
            int latest = lastAnnualYear(today);
            boolean years = !rs.getDate("tmt_golongan").toLocalDate().plusYears(4).isAfter(today);
            // a year without a result is not a good year (Set.of refuses to look up null)
            boolean good = GOOD.contains(results.getOrDefault(latest, "BELUM_ADA"))
                    && GOOD.contains(results.getOrDefault(latest - 1, "BELUM_ADA"));
            // pelaksana, or on study leave, or seconded outside the agency without a leadership post
            String jenis = rs.getString("jenis_jabatan");
            String away = rs.getString("penugasan");
            boolean pelaksana = jenis.equals("PELAKSANA") || "TUGAS_BELAJAR".equals(away)
                    || (away != null && !Set.of("JPT", "ADMINISTRATOR", "PENGAWAS").contains(jenis));
            String ceiling = CEILING.get(rs.getString("pendidikan"));
            boolean underCeiling = ceiling != null && RANKS.indexOf(next) <= RANKS.indexOf(ceiling);
            if (pelaksana && years && good && underCeiling && !sanctioned.contains(nip)) {
                due.put(nip, next);
            }
            return null;
        }).list();
        return due;
    }
}
