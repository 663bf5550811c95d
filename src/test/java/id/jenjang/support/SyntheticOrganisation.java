package id.jenjang.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic organisation for measurements at scale (the cycle-opening benchmark, the fault suite), imported
 * through the employee CSV: the head of the organisation (no supervisor, so not appraised) and {@code employees}
 * appraisable employees in directorates of 1,000 under one root unit, each of ten units of 100. The first
 * employee of a directorate heads it (JPT) and reports to the head of the organisation; the first of every other
 * unit heads the unit (administrator) and reports to the directorate head; everybody else is staff (pelaksana
 * II/c with an S1, in rank since 2019) reporting to the head of their unit (in a directorate's first unit, to the
 * directorate head). The same input gives the same NIPs on every machine.
 */
public final class SyntheticOrganisation {

    public static final int UNIT_SIZE = 100;
    public static final int DIRECTORATE_SIZE = 1_000;
    public static final String HEADER = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,"
            + "golongan,tmt_golongan,pendidikan,nip_atasan,peran\n";
    public static final String TOP_NIP = "196001011985011000";
    /** The rank staff hold; the next one is what KP reguler would take them to. */
    public static final String STAFF_RANK = "II/c";

    private SyntheticOrganisation() {
    }

    /** Employee {@code i}'s NIP: birth dates from 1960 on, ten employees per day (50,000 are born before 1974). */
    public static String nip(int i) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i / 10);
        return String.format("%04d%02d%02d199501%d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                1 + i % 2, i % 10);
    }

    /** Whether employee {@code i} heads a unit or a directorate (the rest are staff). */
    public static boolean isHead(int i) {
        return i % UNIT_SIZE == 0;
    }

    public static String email(int i) {
        return "p" + i + "@contoh.go.id";
    }

    public static String directorate(int employee) {
        return String.format("BENCHD%02d", employee / DIRECTORATE_SIZE);
    }

    /** The organisation as import files of whole directorates, each of at least {@code chunkSize} employees. */
    public static List<String> employeeCsv(int employees, int chunkSize) {
        List<String> chunks = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(String.join(",", TOP_NIP, "Kepala Daerah Bench", "kepala@contoh.go.id", "BENCHROOT",
                "Pemerintah Kota Bench", "", "Sekretaris Daerah", "JPT", "IV/d", "2015-04-01", "S2", "", ""))
                .append('\n');
        String directorHead = null;
        String unitHead = null;
        int inChunk = 0;
        for (int i = 0; i < employees; i++) {
            String nip = nip(i);
            String directorate = directorate(i);
            String unit = String.format("BENCH%04d", i / UNIT_SIZE);
            String row;
            if (i % DIRECTORATE_SIZE == 0) {
                directorHead = nip;
                unitHead = nip;
                row = String.join(",", nip, "Pegawai " + i, email(i), directorate, "Direktorat " + directorate,
                        "BENCHROOT", "Kepala Direktorat", "JPT", "IV/c", "2019-01-01", "S2", TOP_NIP, "");
            } else if (isHead(i)) {
                unitHead = nip;
                row = String.join(",", nip, "Pegawai " + i, email(i), unit, "Unit " + unit, directorate,
                        "Kepala Unit", "ADMINISTRATOR", "IV/a", "2019-02-01", "S1", directorHead, "");
            } else {
                row = String.join(",", nip, "Pegawai " + i, email(i), unit, "Unit " + unit, directorate, "Staf",
                        "PELAKSANA", STAFF_RANK, "2019-0" + (1 + i % 9) + "-01", "S1", unitHead, "");
            }
            csv.append(row).append('\n');
            inChunk++;
            if (inChunk >= chunkSize && (i + 1) % DIRECTORATE_SIZE == 0) {
                chunks.add(csv.toString());
                csv = new StringBuilder(HEADER);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            chunks.add(csv.toString());
        }
        return chunks;
    }

    /** Annual results (the history import) of every employee for the given years, all with one predikat. */
    public static String annualResultCsv(int employees, List<Integer> years, String predikat) {
        StringBuilder csv = new StringBuilder("nip,periode,predikat\n");
        for (int i = 0; i < employees; i++) {
            for (int year : years) {
                csv.append(nip(i)).append(',').append(year).append(',').append(predikat).append('\n');
            }
        }
        return csv.toString();
    }
}
