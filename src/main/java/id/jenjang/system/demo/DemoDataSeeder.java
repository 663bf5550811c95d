package id.jenjang.system.demo;

import id.jenjang.appraisal.AppraisalHistoryImportService;
import id.jenjang.employee.DisciplineImportService;
import id.jenjang.employee.EmployeeImportService;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Groups;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisation into an empty database through the same imports BKPSDM uses, so the demo
 * exercises the real validation and identity sync. Skipped when any employee exists (restart on the H2 file).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "jenjang.demo.enabled", havingValue = "true")
public class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    /** The mayor signs decrees but is an elected official, not a civil servant, so has no NIP. */
    public static final String MAYOR_LOGIN = "walikota";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final EmployeeRepository repository;
    private final EmployeeImportService employees;
    private final DisciplineImportService discipline;
    private final AppraisalHistoryImportService history;
    private final IdentityService identityService;
    private final Clock clock;

    public DemoDataSeeder(EmployeeRepository repository, EmployeeImportService employees,
            DisciplineImportService discipline, AppraisalHistoryImportService history,
            IdentityService identityService, Clock clock) {
        this.repository = repository;
        this.employees = employees;
        this.discipline = discipline;
        this.history = history;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.countEmployees() > 0) {
            log.info("Demo data already present, not seeded again");
            return;
        }
        long started = System.nanoTime();
        DemoOrganisation.Generated demo = DemoOrganisation.generate(LocalDate.now(clock));
        employees.importCsv(demo.employeesCsv(), true);
        discipline.importCsv(demo.disciplineCsv());
        history.importCsv(demo.historyCsv());
        for (String nip : repository.findAll().keySet()) {
            setPassword(nip);
        }
        createMayor();
        DemoOrganisation.Logins l = demo.logins();
        // what an administrator would grant in Admin: the import cannot
        identityService.createMembership(l.processOwner(), Groups.PROCESS_OWNER);
        log.info("Demo organisation seeded: {} employees in {} ms. Logins (password '{}'): employee {},"
                        + " supervisor {}, reviewer {}, bkpsdm {}, tpk {}, sekda {}, ppk {}, process-owner {}",
                demo.employees(), (System.nanoTime() - started) / 1_000_000, DEMO_PASSWORD, l.employee(),
                l.supervisor(), l.reviewer(), l.bkpsdm(), l.tpk(), l.sekda(), MAYOR_LOGIN, l.processOwner());
    }

    private void setPassword(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
    }

    private void createMayor() {
        User mayor = identityService.newUser(MAYOR_LOGIN);
        mayor.setFirstName("Wali Kota");
        mayor.setLastName("Contoh");
        mayor.setEmail("walikota@kotacontoh.go.id");
        mayor.setPassword(DEMO_PASSWORD);
        identityService.saveUser(mayor);
        identityService.createMembership(MAYOR_LOGIN, Groups.PPK);
    }
}
