package id.jenjang.system.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated organisation has the shape the brief asks for; the database side is tested through imports. */
class DemoOrganisationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void sameDayGivesTheSameOrganisationAndNipsStayFromYearToYear() {
        DemoOrganisation.Generated a = DemoOrganisation.generate(TODAY);
        assertThat(DemoOrganisation.generate(TODAY)).isEqualTo(a);
        DemoOrganisation.Generated nextYear = DemoOrganisation.generate(TODAY.plusYears(1));
        assertThat(nextYear.logins()).isEqualTo(a.logins());
        assertThat(nips(nextYear)).isEqualTo(nips(a));
    }

    @Test
    void aboutThreeHundredEmployeesInSixToTenDepartments() {
        List<String[]> rows = rows(DemoOrganisation.generate(TODAY).employeesCsv());
        assertThat(rows).hasSizeBetween(250, 350);
        Set<String> departments = rows.stream().map(r -> r[3].split("\\.")[0]).collect(Collectors.toSet());
        assertThat(departments).hasSizeBetween(6, 10);
        assertThat(rows.stream().map(r -> r[7]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL");
    }

    @Test
    void hierarchyHasOneTopAndEveryoneElseReportsToAKnownSupervisor() {
        List<String[]> rows = rows(DemoOrganisation.generate(TODAY).employeesCsv());
        Set<String> nips = rows.stream().map(r -> r[0]).collect(Collectors.toSet());
        assertThat(rows.stream().filter(r -> r[11].isEmpty()).map(r -> r[6]).toList())
                .containsExactly("Sekretaris Daerah");
        assertThat(rows).filteredOn(r -> !r[11].isEmpty()).allSatisfy(r -> assertThat(nips).contains(r[11]));
    }

    @Test
    void someStaffAreDueForPromotionAndSomeAreNot() {
        DemoOrganisation.Generated demo = DemoOrganisation.generate(TODAY);
        Map<String, List<String>> results = new HashMap<>();
        rows(demo.historyCsv()).forEach(r -> results.computeIfAbsent(r[0], k -> new java.util.ArrayList<>()).add(r[2]));
        Set<String> sanctioned = new HashSet<>();
        rows(demo.disciplineCsv()).forEach(r -> sanctioned.add(r[0]));
        long due = rows(demo.employeesCsv()).stream()
                .filter(r -> !LocalDate.parse(r[9]).isAfter(TODAY.minusYears(4)))
                .filter(r -> results.get(r[0]).stream().allMatch(p -> p.equals("BAIK") || p.equals("SANGAT_BAIK")))
                .filter(r -> !sanctioned.contains(r[0]))
                .count();
        assertThat(due).isBetween(10L, 200L);
        assertThat(rows(demo.disciplineCsv())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(results.values()).allSatisfy(r -> assertThat(r).hasSize(2));
    }

    /**
     * The history holds the two years a nomination on the seeding day is judged on (the KP period is that day on
     * a 1st, else the next 1st; the year before it counts from 1 February), written out here per day: on
     * 1 January 2027 still 2024 and 2025, from 2 January (period 1 February) 2025 and 2026.
     */
    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource({"2026-11-22, 2024, 2025", "2026-12-01, 2024, 2025", "2026-12-31, 2024, 2025",
            "2027-01-01, 2024, 2025", "2027-01-02, 2025, 2026", "2027-02-01, 2025, 2026", "2027-06-30, 2025, 2026",
            "2029-02-28, 2027, 2028"})
    void theHistoryHoldsTheTwoYearsANominationOnTheSeedingDayIsJudgedOn(LocalDate day, String earlier,
            String latest) {
        Map<String, Set<String>> years = new HashMap<>();
        rows(DemoOrganisation.generate(day).historyCsv())
                .forEach(r -> years.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]));
        assertThat(years).hasSize(rows(DemoOrganisation.generate(day).employeesCsv()).size());
        assertThat(years.values()).allSatisfy(y -> assertThat(y).containsExactlyInAnyOrder(earlier, latest));
    }

    @Test
    void headsOfUnitsHaveATmtJabatanAndSomeStaffDoNotSoEligibilityShowsBothWays() {
        String csv = DemoOrganisation.generate(TODAY).employeesCsv();
        assertThat(csv.substring(0, csv.indexOf('\n'))).endsWith(",peran,tmt_jabatan,penugasan");
        List<String[]> rows = rows(csv);
        Set<String> heads = Set.of("JPT", "ADMINISTRATOR", "PENGAWAS");
        assertThat(rows).filteredOn(r -> heads.contains(r[7])).allSatisfy(r -> assertThat(r[13]).isNotEmpty());
        List<String[]> staff = rows.stream().filter(r -> !heads.contains(r[7])).toList();
        long without = staff.stream().filter(r -> r[13].isEmpty()).count();
        assertThat(without).isBetween(staff.size() / 10L, staff.size() * 4L / 10);
        assertThat(rows).filteredOn(r -> !r[13].isEmpty()).allSatisfy(r -> {
            LocalDate tmt = LocalDate.parse(r[13]);
            LocalDate appointed = LocalDate.of(Integer.parseInt(r[0].substring(8, 12)),
                    Integer.parseInt(r[0].substring(12, 14)), 1);
            assertThat(tmt).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(appointed);
        });
    }

    @Test
    void everyRoleHasALogin() {
        DemoOrganisation.Logins logins = DemoOrganisation.generate(TODAY).logins();
        assertThat(List.of(logins.employee(), logins.supervisor(), logins.reviewer(), logins.bkpsdm(), logins.tpk(),
                logins.sekda(), logins.processOwner(), logins.candidate())).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    /**
     * The README's promotion candidate is due for KP reguler whenever the demo is seeded (TMTs and the two
     * historical years follow the day), by domain rules section 3 read here from the generated files: four
     * years in rank, BAIK or better in both years, no moderate or severe sanction running nor an examination,
     * and (Peraturan BKN 2/2025, replacing "the next rank not above the supervisor's") a pelaksana whose next
     * rank is not above the highest for the education. Reports to the README supervisor, who nominates in the
     * browser walk.
     */
    @Test
    void theCandidateIsDueForKpRegulerOnAnyDayAndReportsToTheSupervisor() {
        for (LocalDate day : List.of(TODAY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2029, 2, 28))) {
            DemoOrganisation.Generated demo = DemoOrganisation.generate(day);
            Map<String, String[]> byNip = new HashMap<>();
            rows(demo.employeesCsv()).forEach(r -> byNip.put(r[0], r));
            String[] candidate = byNip.get(demo.logins().candidate());
            assertThat(candidate[11]).as(day + ": supervisor").isEqualTo(demo.logins().supervisor());
            assertThat(LocalDate.parse(candidate[9])).as(day + ": TMT").isBeforeOrEqualTo(day.minusYears(4));
            assertThat(rows(demo.historyCsv())).filteredOn(r -> r[0].equals(candidate[0])).hasSize(2)
                    .allSatisfy(r -> assertThat(r[2]).as(day + ": predikat " + r[1]).isIn("BAIK", "SANGAT_BAIK"));
            assertThat(rows(demo.disciplineCsv())).filteredOn(r -> r[0].equals(candidate[0]))
                    .filteredOn(r -> !r[1].equals("RINGAN"))
                    .filteredOn(r -> r[3].isEmpty() || !LocalDate.parse(r[3]).isBefore(day))
                    .as(day + ": running sanction").isEmpty();
            assertThat(candidate[7]).as(day + ": jenis jabatan").isEqualTo("PELAKSANA");
            assertThat(RANKS.indexOf(candidate[8]) + 1).as(day + ": next rank not above the education's highest")
                    .isLessThanOrEqualTo(RANKS.indexOf(CEILING.get(candidate[10])));
        }
    }

    /** Peraturan BKN 2/2025: highest rank by KP reguler for the educations the demo uses. */
    static final Map<String, String> CEILING = Map.of("SLTA", "III/b", "D3", "III/c", "S1", "III/d", "D4", "III/d",
            "S2", "IV/a");

    static final List<String> RANKS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a",
            "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

    private static Set<String> nips(DemoOrganisation.Generated g) {
        return rows(g.employeesCsv()).stream().map(r -> r[0]).collect(Collectors.toSet());
    }

    /** Peraturan BKN 2/2025 lets study leave and secondment into KP reguler: the demo shows both, never for a head. */
    @Test
    void someFunctionalStaffAreOnStudyLeaveAndSomePelaksanaSecondedButNoHeadOfUnit() {
        List<String[]> rows = rows(DemoOrganisation.generate(TODAY).employeesCsv());
        Set<String> heads = Set.of("JPT", "ADMINISTRATOR", "PENGAWAS");
        assertThat(rows).filteredOn(r -> heads.contains(r[7])).allSatisfy(r -> assertThat(r[14]).isEmpty());
        assertThat(rows).filteredOn(r -> r[7].equals("FUNGSIONAL") && r[14].equals("TUGAS_BELAJAR")).isNotEmpty();
        assertThat(rows).filteredOn(r -> r[7].equals("PELAKSANA") && r[14].equals("DIPERBANTUKAN")).isNotEmpty();
        assertThat(rows).extracting(r -> r[14]).allSatisfy(p -> assertThat(p).isIn("", "TUGAS_BELAJAR",
                "DIPERBANTUKAN"));
    }

    /** Data lines split on commas outside quotes. */
    private static List<String[]> rows(String csv) {
        return Arrays.stream(csv.split("\n")).skip(1)
                .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .toList();
    }
}
