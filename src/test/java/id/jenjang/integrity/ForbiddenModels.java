package id.jenjang.integrity;

import java.nio.charset.StandardCharsets;

/**
 * Models an attacker with the process-owner login would deploy from Modeler, one per forbidden construct, each
 * with the id of the element that must be named in the refusal. Shared by the checker's unit tests and the
 * REST attacks on H2 and PostgreSQL.
 */
public final class ForbiddenModels {

    /** One deployment resource and the element its refusal must name. */
    public record Model(String resource, byte[] content, String elementId, String processKey) {
    }

    private static final String RUNTIME_EXEC =
            "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/jenjang-owned')";

    public static final Model SCRIPT_TASK = bpmn("attack-script-task", "Skrip_Jahat",
            "<bpmn:scriptTask id=\"Skrip_Jahat\" scriptFormat=\"groovy\">"
                    + "<bpmn:script>'touch /tmp/jenjang-owned'.execute()</bpmn:script></bpmn:scriptTask>");

    public static final Model SCRIPT_LISTENER = bpmn("attack-script-listener", "Tugas_Listener",
            "<bpmn:userTask id=\"Tugas_Listener\" camunda:assignee=\"${nip}\"><bpmn:extensionElements>"
                    + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                    + "java.lang.Runtime.getRuntime().exec('id')</camunda:script></camunda:executionListener>"
                    + "</bpmn:extensionElements></bpmn:userTask>");

    public static final Model SCRIPT_INPUT_MAPPING = bpmn("attack-script-mapping", "Tugas_Pemetaan",
            "<bpmn:userTask id=\"Tugas_Pemetaan\" camunda:assignee=\"${nip}\"><bpmn:extensionElements>"
                    + "<camunda:inputOutput><camunda:inputParameter name=\"predikat\">"
                    + "<camunda:script scriptFormat=\"groovy\">'SANGAT_BAIK'</camunda:script>"
                    + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>");

    public static final Model SCRIPT_RESOURCE = bpmn("attack-script-resource", "Tugas_Berkas_Skrip",
            "<bpmn:userTask id=\"Tugas_Berkas_Skrip\" camunda:assignee=\"${nip}\"><bpmn:extensionElements>"
                    + "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\" "
                    + "resource=\"deployment://evil.groovy\" /></camunda:taskListener>"
                    + "</bpmn:extensionElements></bpmn:userTask>");

    public static final Model SCRIPT_CONDITION = raw("attack-script-condition", "Alur_Skrip",
            "<bpmn:startEvent id=\"Mulai\" /><bpmn:exclusiveGateway id=\"Gerbang\" />"
                    + "<bpmn:sequenceFlow id=\"Alur_Awal\" sourceRef=\"Mulai\" targetRef=\"Gerbang\" />"
                    + "<bpmn:sequenceFlow id=\"Alur_Skrip\" sourceRef=\"Gerbang\" targetRef=\"Selesai\">"
                    + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">"
                    + "'id'.execute() != null</bpmn:conditionExpression></bpmn:sequenceFlow>"
                    + "<bpmn:endEvent id=\"Selesai\" />");

    public static final Model JAVA_CLASS = bpmn("attack-java-class", "Layanan_Kelas",
            "<bpmn:serviceTask id=\"Layanan_Kelas\" camunda:class=\"org.example.EvilDelegate\" />");

    public static final Model FORM_HANDLER_CLASS = raw("attack-form-handler", "Mulai_Formulir",
            "<bpmn:startEvent id=\"Mulai_Formulir\" camunda:formHandlerClass=\"org.example.EvilFormHandler\" />"
                    + "<bpmn:sequenceFlow id=\"Alur\" sourceRef=\"Mulai_Formulir\" targetRef=\"Selesai\" />"
                    + "<bpmn:endEvent id=\"Selesai\" />");

    public static final Model VARIABLE_MAPPING_CLASS = bpmn("attack-variable-mapping", "Panggil_Proses",
            "<bpmn:callActivity id=\"Panggil_Proses\" calledElement=\"promotion\" "
                    + "camunda:variableMappingClass=\"org.example.EvilMapping\" />");

    public static final Model CONNECTOR = bpmn("attack-connector", "Layanan_Konektor",
            "<bpmn:serviceTask id=\"Layanan_Konektor\"><bpmn:extensionElements><camunda:connector>"
                    + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                    + "</bpmn:extensionElements></bpmn:serviceTask>");

    /** The issue's attack: a timer whose expression runs Runtime.exec on the server. */
    public static final Model TIMER_RUNTIME_EXEC = raw("attack-timer-exec", "Timer_Jahat",
            "<bpmn:startEvent id=\"Mulai\" />"
                    + "<bpmn:sequenceFlow id=\"Alur_1\" sourceRef=\"Mulai\" targetRef=\"Timer_Jahat\" />"
                    + "<bpmn:intermediateCatchEvent id=\"Timer_Jahat\"><bpmn:timerEventDefinition id=\"Def_Timer\">"
                    + "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${" + RUNTIME_EXEC + "}</bpmn:timeDuration>"
                    + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
                    + "<bpmn:sequenceFlow id=\"Alur_2\" sourceRef=\"Timer_Jahat\" targetRef=\"Selesai\" />"
                    + "<bpmn:endEvent id=\"Selesai\" />");

    public static final Model RUNTIME_IDENTIFIER = bpmn("attack-runtime", "Tugas_Runtime",
            "<bpmn:userTask id=\"Tugas_Runtime\" camunda:assignee=\"${Runtime.getRuntime().exec('id')}\" />");

    public static final Model ENGINE_SERVICES = bpmn("attack-engine-services", "Tugas_Layanan_Mesin",
            "<bpmn:userTask id=\"Tugas_Layanan_Mesin\" camunda:assignee=\""
                    + "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}\" />");

    public static final Model BRACKET_ACCESS = bpmn("attack-bracket", "Tugas_Kurung",
            "<bpmn:userTask id=\"Tugas_Kurung\" camunda:dueDate=\"${execution['processEngineServices']}\" />");

    public static final Model OTHER_BEAN = bpmn("attack-datasource", "Tugas_DataSource",
            "<bpmn:userTask id=\"Tugas_DataSource\" camunda:assignee=\"${dataSource.connection.close()}\" />");

    public static final Model DELEGATE_OTHER_BEAN = bpmn("attack-delegate-bean", "Layanan_Mesin",
            "<bpmn:serviceTask id=\"Layanan_Mesin\" camunda:delegateExpression=\"${processEngine}\" />");

    public static final Model LISTENER_EXPRESSION = bpmn("attack-listener-expression", "Tugas_Ubah_Predikat",
            "<bpmn:userTask id=\"Tugas_Ubah_Predikat\" camunda:assignee=\"${nip}\"><bpmn:extensionElements>"
                    + "<camunda:executionListener event=\"start\" "
                    + "expression=\"${execution.setVariable('predikat', 'SANGAT_BAIK')}\" />"
                    + "</bpmn:extensionElements></bpmn:userTask>");

    public static final Model CAMUNDA_EXPRESSION = bpmn("attack-service-expression", "Layanan_Ekspresi",
            "<bpmn:serviceTask id=\"Layanan_Ekspresi\" camunda:expression=\"${predikat}\" />");

    public static final Model BEAN_METHOD_NOT_LISTED = bpmn("attack-bean-method", "Tugas_Metode",
            "<bpmn:userTask id=\"Tugas_Metode\" "
                    + "camunda:dueDate=\"${promotionRouting.getClass().getClassLoader()}\" />");

    public static final Model CALLED_ELEMENT = bpmn("attack-called-element", "Panggil_Ekspresi",
            "<bpmn:callActivity id=\"Panggil_Ekspresi\" "
                    + "calledElement=\"${execution.getProcessEngine().getName()}\" />");

    public static final Model IN_MAPPING = bpmn("attack-in-mapping", "Panggil_Pemetaan",
            "<bpmn:callActivity id=\"Panggil_Pemetaan\" calledElement=\"promotion\"><bpmn:extensionElements>"
                    + "<camunda:in sourceExpression=\"${execution.getProcessEngineServices()}\" target=\"x\" />"
                    + "</bpmn:extensionElements></bpmn:callActivity>");

    public static final Model PRIORITY = bpmn("attack-priority", "Layanan_Prioritas",
            "<bpmn:serviceTask id=\"Layanan_Prioritas\" camunda:asyncBefore=\"true\" "
                    + "camunda:delegateExpression=\"${sendMailDelegate}\" camunda:jobPriority=\"${''.getClass()}\" />");

    public static final Model DECISION_REF = bpmn("attack-decision-ref", "Aturan_Ekspresi",
            "<bpmn:businessRuleTask id=\"Aturan_Ekspresi\" camunda:decisionRef=\"${execution.getTenantId().concat('x')}\" "
                    + "camunda:resultVariable=\"r\" camunda:mapDecisionResult=\"singleEntry\" />");

    public static final Model FORM_VALIDATOR = bpmn("attack-form-validator", "Tugas_Validator",
            "<bpmn:userTask id=\"Tugas_Validator\" camunda:assignee=\"${nip}\"><bpmn:extensionElements>"
                    + "<camunda:formData><camunda:formField id=\"predikat\" type=\"string\"><camunda:validation>"
                    + "<camunda:constraint name=\"org.example.EvilValidator\" /></camunda:validation>"
                    + "</camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>");

    /** XML with an external entity: the file system must not be read, the file is refused. */
    public static final Model EXTERNAL_ENTITY = new Model("attack-xxe.bpmn", utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + definitions("<bpmn:process id=\"attack-xxe\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                    + "<bpmn:startEvent id=\"Mulai\" name=\"&xxe;\" /></bpmn:process>")), "-", "attack-xxe");

    public static final Model CMMN = new Model("attack-case.cmmn", utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<cmmn:definitions xmlns:cmmn=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" id=\"Kasus\" "
                    + "targetNamespace=\"http://jenjang.id\"><cmmn:case id=\"attack-case\"><cmmn:casePlanModel id=\"Rencana\"/>"
                    + "</cmmn:case></cmmn:definitions>"), "-", null);

    public static final Model GROOVY_FILE = new Model("evil.groovy", utf8("'id'.execute()"), "-", null);

    public static final Model SVG_IMAGE = new Model("diagram.svg",
            utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "-", null);

    public static final Model DMN_JUEL = dmn("attack-dmn-juel", "Ekspresi_Juel",
            "<dmn:input id=\"Masukan_Juel\"><dmn:inputExpression id=\"Ekspresi_Juel\" typeRef=\"string\" "
                    + "expressionLanguage=\"juel\"><dmn:text>${''.getClass()}</dmn:text></dmn:inputExpression></dmn:input>"
                    + "<dmn:output id=\"Keluaran\" name=\"hasil\" typeRef=\"string\" />",
            "<dmn:rule id=\"Aturan_1\"><dmn:inputEntry id=\"Masuk_1\"><dmn:text>-</dmn:text></dmn:inputEntry>"
                    + "<dmn:outputEntry id=\"Keluar_1\"><dmn:text>\"ya\"</dmn:text></dmn:outputEntry></dmn:rule>");

    public static final Model DMN_FEEL_EXTERNAL = dmn("attack-dmn-external", "Keluar_Eksternal",
            "<dmn:input id=\"Masukan\"><dmn:inputExpression id=\"Ekspresi\" typeRef=\"string\">"
                    + "<dmn:text>nip</dmn:text></dmn:inputExpression></dmn:input>"
                    + "<dmn:output id=\"Keluaran\" name=\"hasil\" typeRef=\"string\" />",
            "<dmn:rule id=\"Aturan_1\"><dmn:inputEntry id=\"Masuk_1\"><dmn:text>-</dmn:text></dmn:inputEntry>"
                    + "<dmn:outputEntry id=\"Keluar_Eksternal\"><dmn:text>{ exec: function(c) external "
                    + "{ java: { class: \"java.lang.Runtime\", method signature: \"exec(java.lang.String)\" } } }"
                    + ".exec(\"id\")</dmn:text></dmn:outputEntry></dmn:rule>");

    /** A model within the limits: variables, literals, operators, allowlisted beans and their listed methods. */
    public static final Model ALLOWED = raw("attack-allowed-model", null,
            "<bpmn:startEvent id=\"Mulai\" />"
                    + "<bpmn:sequenceFlow id=\"Alur_1\" sourceRef=\"Mulai\" targetRef=\"Tugas_Nilai\" />"
                    + "<bpmn:userTask id=\"Tugas_Nilai\" camunda:assignee=\"${raterNip}\" "
                    + "camunda:dueDate=\"${promotionRouting.dueDate(execution)}\"><bpmn:extensionElements>"
                    + "<camunda:taskListener delegateExpression=\"${notifyAssigneeListener}\" event=\"create\" />"
                    + "</bpmn:extensionElements></bpmn:userTask>"
                    + "<bpmn:sequenceFlow id=\"Alur_2\" sourceRef=\"Tugas_Nilai\" targetRef=\"Gerbang\" />"
                    + "<bpmn:exclusiveGateway id=\"Gerbang\" default=\"Alur_Lain\" />"
                    + "<bpmn:sequenceFlow id=\"Alur_Kurang\" sourceRef=\"Gerbang\" targetRef=\"Selesai\">"
                    + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">"
                    + "${predikat == 'KURANG' || (nilai &gt;= 10 &amp;&amp; !annual) ? true : empty catatan}"
                    + "</bpmn:conditionExpression></bpmn:sequenceFlow>"
                    + "<bpmn:sequenceFlow id=\"Alur_Lain\" sourceRef=\"Gerbang\" targetRef=\"Selesai\" />"
                    + "<bpmn:endEvent id=\"Selesai\" />");

    private ForbiddenModels() {
    }

    /** A process start, the given element, end. */
    private static Model bpmn(String key, String elementId, String element) {
        String id = element.replaceFirst("(?s)^<bpmn:\\w+ id=\"([^\"]+)\".*", "$1");
        return raw(key, elementId, "<bpmn:startEvent id=\"Mulai\" />"
                + "<bpmn:sequenceFlow id=\"Alur_1\" sourceRef=\"Mulai\" targetRef=\"" + id + "\" />" + element
                + "<bpmn:sequenceFlow id=\"Alur_2\" sourceRef=\"" + id + "\" targetRef=\"Selesai\" />"
                + "<bpmn:endEvent id=\"Selesai\" />");
    }

    private static Model raw(String key, String elementId, String body) {
        return new Model(key + ".bpmn", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + definitions(
                "<bpmn:process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">" + body
                        + "</bpmn:process>")), elementId, key);
    }

    private static String definitions(String content) {
        return "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definisi\" "
                + "targetNamespace=\"http://jenjang.id/attack\">" + content + "</bpmn:definitions>";
    }

    private static Model dmn(String key, String elementId, String columns, String rules) {
        return new Model(key + ".dmn", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<dmn:definitions xmlns:dmn=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"Definisi_" + key + "\" name=\"x\" "
                + "namespace=\"http://camunda.org/schema/1.0/dmn\">"
                + "<dmn:decision id=\"" + key + "\" name=\"x\" camunda:historyTimeToLive=\"P1D\">"
                + "<dmn:decisionTable id=\"Tabel\">" + columns + rules + "</dmn:decisionTable></dmn:decision>"
                + "</dmn:definitions>"), elementId, null);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
