package id.jenjang.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.employee.EmployeeImportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Builds a small organisation of its own for a test (a reviewer, a rater and staff in one unit), opens cycles
 * for it and drives the job executor's work by hand. Each test uses its own unit code, so tests sharing the
 * application context never see each other's employees.
 */
@Component
public class AppraisalFixture {

    public static final String HR = "198804212012032024";
    public static final String PASSWORD = "demo";

    /** The people of one test unit. */
    public record Org(String unit, String reviewer, String rater, List<String> staff) {
    }

    private final EmployeeImportService importService;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private int nextNip = 1000;

    public AppraisalFixture(EmployeeImportService importService, IdentityService identityService,
            RuntimeService runtimeService, ManagementService managementService, TaskService taskService) {
        this.importService = importService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
    }

    public synchronized Org org(String unit, int staffCount) {
        String reviewer = TestNips.nip(nextNip++);
        String rater = TestNips.nip(nextNip++);
        List<String> staff = new ArrayList<>();
        StringBuilder csv = new StringBuilder("nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,"
                + "golongan,tmt_golongan,pendidikan,nip_atasan,peran\n");
        csv.append(row(reviewer, "Kepala Bidang " + unit, unit, "ADMINISTRATOR", "IV/a", ""));
        csv.append(row(rater, "Kepala Seksi " + unit, unit, "PENGAWAS", "III/d", reviewer));
        for (int i = 0; i < staffCount; i++) {
            String nip = TestNips.nip(nextNip++);
            staff.add(nip);
            csv.append(row(nip, "Staf " + (i + 1) + " " + unit, unit, "PELAKSANA", "II/c", rater));
        }
        importService.importCsv(csv.toString(), false);
        List<String> all = new ArrayList<>(staff);
        all.add(rater);
        all.add(reviewer);
        for (String nip : all) {
            User user = identityService.createUserQuery().userId(nip).singleResult();
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        return new Org(unit, reviewer, rater, staff);
    }

    private static String row(String nip, String nama, String unit, String jenis, String golongan, String atasan) {
        return String.join(",", nip, nama, nama.toLowerCase().replace(' ', '.') + "@uji.go.id", unit,
                "Unit " + unit, "", "Jabatan " + jenis, jenis, golongan, "2019-01-01", "S1", atasan, "") + "\n";
    }

    /** Starts the cycle as BKPSDM would and runs its opening jobs until every appraisal is started. */
    public String openCycle(String period, String unit) {
        String id = openCycleWithoutRunningJobs(period, unit);
        runOpeningJobs(id);
        return id;
    }

    /** Starts the cycle as BKPSDM would; its opening waits in jobs. */
    public String openCycleWithoutRunningJobs(String period, String unit) {
        identityService.setAuthentication(HR, List.of("pegawai", "bkpsdm"));
        String id;
        try {
            id = runtimeService.startProcessInstanceByKey("appraisal-cycle",
                    Map.of("period", period, "unitCode", unit)).getId();
        } finally {
            identityService.clearAuthentication();
        }
        return id;
    }

    /** Runs the opening's jobs (the lanes' pages, then their ends) as the job executor would, until none is left. */
    public void runOpeningJobs(String cycleInstanceId) {
        for (int guard = 0; guard < 200; guard++) {
            List<Job> jobs = new ArrayList<>(managementService.createJobQuery().processInstanceId(cycleInstanceId)
                    .activityId("Task_OpenChunk").list());
            jobs.addAll(managementService.createJobQuery().processInstanceId(cycleInstanceId)
                    .activityId("EndEvent_LaneOpened").list());
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("the opening keeps making jobs");
    }

    /** The running employee-appraisal; bpm-assert keeps using the handle after the instance ends. */
    public org.camunda.bpm.engine.runtime.ProcessInstance appraisal(String nip, String period) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nip + ":" + period)
                .processDefinitionKey("employee-appraisal").singleResult();
    }

    public Task task(String processInstanceId, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("task " + taskKey).isNotNull();
        return task;
    }

    /** Completes as the given user, so the engine's authorization and the form validation both apply. */
    public void complete(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Runs the job waiting at {@code activityId} in the instance (a timer or an asynchronous step). */
    public void executeJob(String processInstanceId, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    /**
     * Sends every pending mail: runs the mail-notification jobs (one batch per transaction that asked for mail,
     * each job up to one SMTP connection's worth, looping until the batch is sent) until none is left.
     */
    public int sendPendingMail() {
        int jobs = 0;
        for (int guard = 0; guard < 1000; guard++) {
            List<Job> pending = managementService.createJobQuery().processDefinitionKey("mail-notification")
                    .executable().list();
            if (pending.isEmpty()) {
                return jobs;
            }
            for (Job job : pending) {
                managementService.executeJob(job.getId());
                jobs++;
            }
        }
        throw new IllegalStateException("mail jobs keep coming");
    }

    public org.camunda.bpm.engine.runtime.Incident incidentOf(Job job) {
        return runtimeService.createIncidentQuery().configuration(job.getId())
                .processInstanceId(job.getProcessInstanceId()).singleResult();
    }

    public static Map<String, Object> rating(String hasil, String perilaku, String note) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("hasilKerja", hasil);
        v.put("perilakuKerja", perilaku);
        for (String value : List.of("berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif",
                "kolaboratif")) {
            v.put(value, "SESUAI");
        }
        if (note != null) {
            v.put("ratingNote", note);
        }
        return v;
    }
}
