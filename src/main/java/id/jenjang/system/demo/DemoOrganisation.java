package id.jenjang.system.demo;

import id.jenjang.promotion.KpPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates "Pemerintah Kota Contoh" (marked demo in the database, mail domain kotacontoh.go.id): about 300 employees in a Sekretariat Daerah and eight departments, each
 * department with a secretariat, two fields and their sections. Deterministic: the same seed gives the same
 * people and NIPs every year (so the README's logins stay valid); TMTs and the two historical years follow
 * {@code today}, so some staff are always due for promotion and some are not. The two years are the ones a
 * nomination made on {@code today} is judged on ({@link KpPeriod}), not simply the two calendar years before
 * today: on 1 January the KP period is that day and the year just ended is not final yet.
 */
public final class DemoOrganisation {

    static final long SEED = 20261122L;
    /** NIPs are built against this fixed year so they never change. */
    private static final int NIP_YEAR = 2026;

    private static final String[][] DEPARTMENTS = {
            {"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
            {"INSPEKTORAT", "Inspektorat Daerah"},
            {"DISDIK", "Dinas Pendidikan"},
            {"DINKES", "Dinas Kesehatan"},
            {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"},
            {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"},
            {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah"},
            {"DISKOMINFO", "Dinas Komunikasi dan Informatika"}};
    private static final String[] MALE = {"Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rudi",
            "Slamet", "Teguh", "Wahyu", "Yusuf", "Bambang", "Hadi", "Arif", "Rizky", "Dimas", "Andi", "Gilang"};
    private static final String[] FEMALE = {"Sri", "Dewi", "Rina", "Siti", "Wulan", "Ayu", "Fitri", "Indah",
            "Lestari", "Ratna", "Nur", "Endang", "Putri", "Maya", "Novi", "Yuni", "Dian", "Kartika", "Anisa", "Rahma"};
    private static final String[] FAMILY = {"Santoso", "Wibowo", "Hidayat", "Saputra", "Nugroho", "Kurniawan",
            "Setiawan", "Susanto", "Pratama", "Wijaya", "Siregar", "Nasution", "Simanjuntak", "Lubis", "Harahap",
            "Handayani", "Purnamasari", "Rahmawati", "Utami", "Sari"};
    private static final String[] PREDIKAT_WEIGHTED = {"SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BAIK",
            "BAIK", "BAIK", "BAIK", "BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN", "KURANG"};

    /**
     * What the README lists: one login per role, and a promotion candidate: the supervisor's team member who is
     * due for KP reguler (years in rank, two good years, no sanction), so the demo has someone to nominate.
     */
    public record Logins(String employee, String supervisor, String reviewer, String bkpsdm, String tpk,
            String sekda, String processOwner, String candidate) {
    }

    public record Generated(String employeesCsv, String disciplineCsv, String historyCsv, Logins logins,
            int employees) {
    }

    private record Person(String nip, String nama, String unit, String jabatan, String jenis, String golongan,
            LocalDate tmt, String pendidikan, String atasan, String peran, LocalDate appointed) {
    }

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final Map<String, String[]> units = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, String> login = new LinkedHashMap<>();
    private int sequence;

    private DemoOrganisation(LocalDate today) {
        this.today = today;
    }

    public static Generated generate(LocalDate today) {
        return new DemoOrganisation(today).build();
    }

    private Generated build() {
        // each OPD is its own tree: the import only knows units that employees work in
        unit("SETDA", "Sekretariat Daerah", "");
        Person sekda = person("SETDA", "Sekretaris Daerah", "JPT", "IV/d", 54, "S2", null, "sekda;tpk");
        Person kabagOrg = null;
        for (String[] bagian : new String[][] {{"ORG", "Bagian Organisasi"}, {"UMUM", "Bagian Umum"}}) {
            String code = "SETDA." + bagian[0];
            unit(code, bagian[1], "SETDA");
            Person kabag = person(code, "Kepala " + bagian[1], "ADMINISTRATOR", pick("IV/a", "IV/b"), 48, "S1",
                    sekda, "");
            kabagOrg = kabagOrg == null ? kabag : kabagOrg;
            staff(code, kabag, 3);
        }
        for (String[] dept : DEPARTMENTS) {
            department(dept[0], dept[1], sekda);
        }
        Logins logins = new Logins(login.get("employee"), login.get("supervisor"), login.get("reviewer"),
                login.get("bkpsdm"), login.get("tpk"), sekda.nip(), login.get("process-owner"),
                login.get("candidate"));
        return new Generated(employeesCsv(), disciplineCsv(), historyCsv(), logins, people.size());
    }

    private void department(String code, String name, Person sekda) {
        unit(code, name, "");
        boolean hr = code.equals("BKPSDM");
        String headRoles = switch (code) {
            case "BKPSDM" -> "bkpsdm;tpk";
            case "INSPEKTORAT", "BAPPEDA" -> "tpk";
            default -> "";
        };
        String headTitle = code.equals("INSPEKTORAT") ? "Inspektur" : "Kepala " + name;
        Person head = person(code, headTitle, "JPT", pick("IV/c", "IV/d"), 52, "S2", sekda, headRoles);
        unit(code + ".SEKRE", "Sekretariat " + name, code);
        Person secretary = person(code + ".SEKRE", "Sekretaris " + name, "ADMINISTRATOR", pick("IV/a", "IV/b"), 47,
                "S1", head, hr ? "bkpsdm;tpk" : "");
        for (String[] sub : new String[][] {{"UMPEG", "Subbagian Umum dan Kepegawaian"},
                {"KEU", "Subbagian Keuangan"}}) {
            String subCode = code + ".SEKRE." + sub[0];
            unit(subCode, sub[1], code + ".SEKRE");
            Person chief = person(subCode, "Kepala " + sub[1], "PENGAWAS", pick("III/c", "III/d"), 42, "S1",
                    secretary, hr ? "bkpsdm" : "");
            staff(subCode, chief, 4, hr ? "bkpsdm" : "");
        }
        for (int b = 1; b <= 2; b++) {
            String fieldCode = code + ".B" + b;
            unit(fieldCode, "Bidang " + b + " " + name, code);
            Person kabid = person(fieldCode, "Kepala Bidang " + b, "ADMINISTRATOR", pick("IV/a", "IV/b"), 46,
                    pick("S1", "S2"), head, hr ? "bkpsdm" : "");
            for (int s = 1; s <= 2; s++) {
                String sectionCode = fieldCode + ".S" + s;
                unit(sectionCode, "Seksi " + b + "." + s + " " + name, fieldCode);
                boolean processOwner = hr && b == 1 && s == 1;
                Person kasi = person(sectionCode, "Kepala Seksi " + b + "." + s, "PENGAWAS", pick("III/c", "III/d"),
                        41, pick("S1", "D4"), kabid, hr ? "bkpsdm" : "");
                List<Person> team = staff(sectionCode, kasi, 4 + random.nextInt(2), hr ? "bkpsdm" : "");
                if (code.equals("DISDUKCAPIL") && b == 1 && s == 1) {
                    login.put("employee", team.get(0).nip());
                    // picked, not made: DemoOrganisationTest checks that the rules let this one through
                    login.put("candidate", team.get(1).nip());
                    login.put("supervisor", kasi.nip());
                    login.put("reviewer", kabid.nip());
                }
                if (processOwner) {
                    login.put("process-owner", kasi.nip());
                    login.put("bkpsdm", team.get(0).nip());
                }
            }
        }
        if (code.equals("INSPEKTORAT")) {
            login.put("tpk", head.nip());
        }
    }

    private List<Person> staff(String unit, Person supervisor, int count) {
        return staff(unit, supervisor, count, "");
    }

    private List<Person> staff(String unit, Person supervisor, int count, String peran) {
        List<Person> team = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean functional = random.nextInt(3) == 0;
            String golongan = functional ? pick("III/a", "III/b", "III/c")
                    : pick("II/a", "II/b", "II/c", "II/d", "III/a", "III/b");
            team.add(functional
                    ? person(unit, pick("Analis Kebijakan Ahli Pertama", "Pranata Komputer Ahli Pertama",
                            "Analis SDM Aparatur Ahli Muda"), "FUNGSIONAL", golongan, 30 + random.nextInt(12),
                            pick("S1", "D4"), supervisor, peran)
                    : person(unit, pick("Pengadministrasi Umum", "Pengelola Data", "Pengolah Data",
                            "Bendahara", "Pengelola Layanan Kependudukan"), "PELAKSANA", golongan,
                            25 + random.nextInt(18), pick("SLTA", "D3", "S1"), supervisor, peran));
        }
        return team;
    }

    private Person person(String unit, String jabatan, String jenis, String golongan, int age, String pendidikan,
            Person atasan, String peran) {
        boolean female = random.nextBoolean();
        LocalDate born = LocalDate.of(NIP_YEAR - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        // appointed at 19 or later, and at least a year before NIP_YEAR
        int appointedYear = born.getYear() + 19 + random.nextInt(Math.min(8, age - 20));
        int appointedMonth = 1 + random.nextInt(12);
        sequence++;
        String nip = String.format("%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), appointedYear, appointedMonth, female ? 2 : 1, sequence % 1000);
        String nama = (female ? pick(FEMALE) : pick(MALE)) + " " + pick(FAMILY);
        // between one and seven years in the current rank, never before the appointment
        LocalDate tmt = today.withDayOfMonth(1).minusMonths(12 + random.nextInt(84));
        LocalDate appointed = LocalDate.of(appointedYear, appointedMonth, 1);
        if (tmt.isBefore(appointed)) {
            tmt = appointed;
        }
        Person p = new Person(nip, nama, unit, jabatan, jenis, golongan, tmt, pendidikan,
                atasan == null ? "" : atasan.nip(), peran, appointed);
        people.add(p);
        return p;
    }

    private void unit(String code, String name, String parent) {
        units.put(code, new String[] {name, parent});
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * With the optional columns tmt_jabatan and penugasan, so the demo goes through the same import as a full HR
     * file: some functional staff are on study leave and a few staff are seconded, which Peraturan BKN 2/2025
     * lets into KP reguler.
     */
    private String employeesCsv() {
        StringBuilder csv = new StringBuilder(
                "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,tmt_golongan,"
                        + "pendidikan,nip_atasan,peran,tmt_jabatan,penugasan\n");
        // a generator of its own: drawing from the people's one would change every NIP after the first person
        Random r = new Random(SEED + 3);
        int[] seen = new int[2];
        for (Person p : people) {
            String[] unit = units.get(p.unit());
            String email = p.nama().toLowerCase().replace(' ', '.') + "." + p.nip().substring(14)
                    + "@kotacontoh.go.id";
            LocalDate tmtJabatan = tmtJabatan(p, r);
            csv.append(String.join(",", p.nip(), p.nama(), email, p.unit(), quote(unit[0]), unit[1], quote(p.jabatan()),
                    p.jenis(), p.golongan(), p.tmt().toString(), p.pendidikan(), p.atasan(), p.peran(),
                    tmtJabatan == null ? "" : tmtJabatan.toString(), penugasan(p, seen))).append('\n');
        }
        return csv.toString();
    }

    /**
     * Every sixth functional staff member on study leave, every fortieth pelaksana seconded, nobody else; counted,
     * not drawn, so the demo always has both. {@code seen} counts the functional and the pelaksana rows so far.
     */
    private static String penugasan(Person p, int[] seen) {
        return switch (p.jenis()) {
            case "FUNGSIONAL" -> ++seen[0] % 6 == 0 ? "TUGAS_BELAJAR" : "";
            case "PELAKSANA" -> ++seen[1] % 40 == 0 ? "DIPERBANTUKAN" : "";
            default -> "";
        };
    }

    /**
     * When the person took up their post. Heads of units hold a decree for it, so always: half a year to eight
     * years ago. Staff posts are often missing from older records: one in four staff has none, so the demo shows
     * eligibility falling back to TMT golongan too; the others one to ten years ago. Never before the appointment.
     */
    private LocalDate tmtJabatan(Person p, Random r) {
        boolean structural = switch (p.jenis()) {
            case "JPT", "ADMINISTRATOR", "PENGAWAS" -> true;
            default -> false;
        };
        int monthsAgo = structural ? 6 + r.nextInt(91) : 12 + r.nextInt(109);
        if (!structural && r.nextInt(4) == 0) {
            return null;
        }
        LocalDate tmt = today.withDayOfMonth(1).minusMonths(monthsAgo);
        return tmt.isBefore(p.appointed()) ? p.appointed() : tmt;
    }

    /** A few sanctions: some still running (they block promotion), some over, one light one. */
    private String disciplineCsv() {
        StringBuilder csv = new StringBuilder("nip,tingkat,mulai,selesai,keterangan\n");
        Random r = new Random(SEED + 1);
        String[][] cases = {
                {"SEDANG", "-6", "6", "Pemotongan tunjangan kinerja 25% selama 12 bulan"},
                // no level yet: under examination (PP 94/2021), blocks promotion like SEDANG and BERAT
                {"", "-3", "", "Sedang diperiksa: ketidakhadiran berulang"},
                {"BERAT", "-2", "10", "Penurunan jabatan setingkat lebih rendah selama 12 bulan"},
                {"SEDANG", "-20", "-8", "Pemotongan tunjangan kinerja 25% selama 12 bulan (selesai)"},
                {"RINGAN", "-4", "-4", "Teguran tertulis"},
                {"RINGAN", "-14", "-14", "Teguran lisan"}};
        for (String[] c : cases) {
            Person p = people.get(10 + r.nextInt(people.size() - 10));
            LocalDate start = today.withDayOfMonth(1).plusMonths(Integer.parseInt(c[1]));
            String end = c[2].isEmpty() ? "" : today.withDayOfMonth(1).plusMonths(Integer.parseInt(c[2])).toString();
            csv.append(String.join(",", p.nip(), c[0], start.toString(), end, quote(c[3]))).append('\n');
        }
        return csv.toString();
    }

    /**
     * Both annual results KP reguler looks at for a nomination on {@code today}, final as imported history. The
     * draws do not depend on the years, so everyone keeps their predikats whichever two years they are for.
     */
    private String historyCsv() {
        StringBuilder csv = new StringBuilder("nip,periode,predikat\n");
        Random r = new Random(SEED + 2);
        int latest = KpPeriod.lastAnnualYear(KpPeriod.forNomination(today));
        for (Person p : people) {
            for (int year = latest - 1; year <= latest; year++) {
                csv.append(p.nip()).append(',').append(year).append(',')
                        .append(PREDIKAT_WEIGHTED[r.nextInt(PREDIKAT_WEIGHTED.length)]).append('\n');
            }
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
