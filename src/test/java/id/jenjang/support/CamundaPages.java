package id.jenjang.support;

import org.openqa.selenium.By;

/**
 * Where things are on the pages of Camunda 7.24's webapps, read off their DOM (Tasklist, Cockpit and Admin share
 * the login page and the notifications). One place to change when Camunda changes its markup.
 */
public final class CamundaPages {

    private CamundaPages() {
    }

    // login page, the same in Tasklist, Cockpit and Admin (camunda-commons-ui auth/page/form.html)
    public static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
    public static final By LOGIN_USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    public static final By LOGIN_PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    public static final By LOGIN_SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");

    /** A red notification: "Gagal Masuk: Nama pengguna atau kata sandi salah, akun terkunci, ...". */
    public static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");
    public static final By ERROR_NOTIFICATION_STATUS = By.cssSelector(".page-notifications .alert-danger .status");
    /** The x of each notification (the uib-alert's own close button stays hidden, hence the :not). */
    public static final By NOTIFICATION_CLOSE = By.cssSelector(".page-notifications .alert button.close:not(.ng-hide)");

    /** The header's account menu, present only when logged in; its text is the user's full name. */
    public static final By ACCOUNT_MENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");

    /** Tasklist's filters as Jenjang creates them (id.jenjang.system.TasklistFilters). */
    public static final String MY_TASKS = "Tugas saya";
    public static final String MY_GROUP_TASKS = "Tugas kelompok saya";

    // Tasklist's three columns: filters, task list, task details
    public static final By TASKLIST_FILTERS = By.cssSelector("section.task-filters [cam-tasklist-filters]");
    /** One entry per filter the user may read; its link text is the filter's name. */
    public static final By TASKLIST_FILTER_NAMES = By.cssSelector(".task-filter h4.name > a");
    public static final By TASKLIST_TASKS = By.cssSelector("section.tasks-list [cam-tasks]");
    /** One link per task in the list of the selected filter; its text is the task's name. */
    public static final By TASKLIST_TASK_LINKS = By.cssSelector("ol.tasks-list li.task h4.task > a");
    public static final By TASKLIST_TASK_DETAILS = By.cssSelector("section.task-details [cam-tasklist-task]");

    /**
     * A filter in Tasklist's left column by its name, e.g. "Tugas saya" (TasklistFilters). The link also holds
     * the selected filter's task count, hence only its first text node is compared.
     */
    public static By filterNamed(String name) {
        return By.xpath("//div[" + hasClass("task-filter") + "]/h4[" + hasClass("name") + "]"
                + "/a[normalize-space(text()[1])=" + xpathLiteral(name) + "]");
    }

    /** The filter with this name once Tasklist has selected it (its task list is the one shown). */
    public static By selectedFilterNamed(String name) {
        return By.xpath("//div[" + hasClass("task-filter") + " and " + hasClass("active") + "]/h4[" + hasClass("name")
                + "]/a[normalize-space(text()[1])=" + xpathLiteral(name) + "]");
    }

    /** A task in the list of the selected filter by its name, e.g. "Penilaian kinerja: Budi (Triwulan I 2026)". */
    public static By taskInList(String taskName) {
        return By.xpath("//ol[" + hasClass("tasks-list") + "]/li[" + hasClass("task") + "]//h4[" + hasClass("task")
                + "]/a[normalize-space()=" + xpathLiteral(taskName) + "]");
    }

    /** A blue notification, e.g. "Proses telah dimulai." after a start form is submitted. */
    public static final By INFO_NOTIFICATION = By.cssSelector(".page-notifications .alert-info");

    // "Mulai proses" in Tasklist's header and its dialog (tasklist navbar plugin "start-process-action")
    public static final By START_PROCESS = By.cssSelector("li.start-process-action > view > a");
    public static final By START_PROCESS_DIALOG = By.cssSelector(".modal-dialog");
    /** "Mulai proses: <process name>" once a process is picked. */
    public static final By START_PROCESS_TITLE = By.cssSelector(".modal-dialog .modal-header h3.modal-title");
    public static final By START_PROCESS_SUBMIT = By.cssSelector(".modal-dialog .modal-footer button.btn-primary");
    /** The dialog's own notifications: "Proses tidak dapat dimulai. : <the server's message>". */
    public static final By START_PROCESS_ERROR = By.cssSelector(".modal-dialog [notifications-panel] .alert-danger");
    public static final By START_PROCESS_ERROR_CLOSE =
            By.cssSelector(".modal-dialog [notifications-panel] .alert button.close:not(.ng-hide)");

    /** A process the user may start, by its name, in the "Mulai proses" dialog. */
    public static By startableProcess(String processName) {
        return By.xpath("//div[" + hasClass("modal-dialog") + "]//ul[" + hasClass("processes") + "]/li"
                + "/a[normalize-space()=" + xpathLiteral(processName) + "]");
    }

    // an opened task (#/?task=ID)
    public static final By TASK_NAME = By.cssSelector("section.task-card h2.task");
    public static final By TASK_PROCESS_NAME = By.cssSelector("section.task-card h4.process-definition");
    /** A Camunda Form (form-js) rendered inside the task's Form tab. */
    public static final By TASK_CAMUNDA_FORM = By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form");
    /** "Klaim" beside a group task nobody has taken yet; the form stays disabled until it is clicked. */
    public static final By TASK_CLAIM = By.cssSelector("[cam-tasklist-task-meta] li.assignee button.claim");
    /** The assignee's name beside an opened task (first and last name of the Camunda user). */
    public static final By TASK_ASSIGNEE =
            By.cssSelector("[cam-tasklist-task-meta] li.assignee [cam-widget-inline-field]");
    /** What Tasklist wraps around the form of a task that is not the user's: greyed, Complete disabled. */
    public static final By TASK_FORM_DISABLED = By.cssSelector("[cam-tasklist-task] .disabled-form");
    /** The x that gives a task back, shown only to its assignee. */
    public static final By TASK_UNCLAIM = By.cssSelector("[cam-tasklist-task-meta] li.assignee button.unclaim");
    public static final By TASK_COMPLETE = By.cssSelector(".form-actions button.btn-primary");
    public static final By TASK_SAVE = By.cssSelector(".form-actions button.btn-default");
    /** "Form failure: ..." above the form, e.g. when the form cannot be found or submitted. */
    public static final By TASK_FORM_ERROR = By.cssSelector("[cam-tasklist-form] .alert-danger:not(.ng-hide)");

    /**
     * A Camunda Forms field by its component {@code id} (not its {@code key}): form-js renders
     * {@code id="fjs-form-<random>-<componentId>"} and no {@code name}. A date part of a datetime field is
     * {@code <componentId>-date}, radio option n is {@code <componentId>-n}, a select's visible box is
     * {@code <componentId>-display}.
     */
    public static By formField(String componentId) {
        return By.cssSelector("form.fjs-form [id^='fjs-form-'][id$='-" + componentId + "']");
    }

    /**
     * A Camunda Forms field by its visible label (the required-field asterisk aside), for forms whose component
     * ids were left as Modeler generated them ({@code Field_0ab12cd}). Not for radio groups: use
     * {@link #formRadioOption}.
     */
    public static By formFieldByLabel(String label) {
        return By.xpath("//form[contains(@class,'fjs-form')]//*[@id=//form[contains(@class,'fjs-form')]"
                + "//label[normalize-space(text())=" + xpathLiteral(label) + "]/@for]");
    }

    /** The radio option of a Camunda Forms radio field with the given label. */
    public static By formRadioOption(String componentId, String optionLabel) {
        return By.xpath("//form[contains(@class,'fjs-form')]//label[starts-with(@for,'fjs-form-')"
                + " and contains(@for,'-" + componentId + "-') and normalize-space()=" + xpathLiteral(optionLabel)
                + "]/input[@type='radio']");
    }

    /** An entry of the open dropdown list of a Camunda Forms select field. */
    public static By formSelectOption(String optionLabel) {
        return By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()="
                + xpathLiteral(optionLabel) + "]");
    }

    /** The validation message under a Camunda Forms field (e.g. "Wajib diisi.", see scripts/jenjang/form-texts.js). */
    public static By formFieldError(String componentId) {
        return By.cssSelector("form.fjs-form [id$='-" + componentId + "-error-message']");
    }

    /** XPath's version of CSS's {@code .name}: the class attribute holds this class among others. */
    private static String hasClass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
