package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Nip;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The public board over HTTP without login, as anyone on the internet sees it: announced and decided cases, never
 * one still running; no NIP in the clear anywhere; the candidates of cases that ended without promotion by
 * initials only; and a chain changed in the database shown as broken.
 */
@JenjangSpringTest
class PublicPromotionsTest {

    private static final String LIST = "/api/public/promotions";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    PromotionCaseRepository cases;
    @Autowired
    PromotionAuditLog log;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    Api api;
    PromotionFixture fixture;
    String candidate;
    String announced;
    String unannounced;
    String secret;
    String rejectedCandidate;
    String rejectedName;
    String rejected;
    String ineligibleCandidate;
    String ineligibleName;
    String ineligible;

    @BeforeEach
    void cases() {
        api = new Api(rest);
        fixture = new PromotionFixture(cases, log, clock);
        candidate = fixture.logins.employee();
        announced = fixture.approvedCase(candidate, true);
        unannounced = fixture.approvedCase(fixture.logins.processOwner(), false);
        secret = "RAHASIA-" + UUID.randomUUID();
        log.append(unannounced, "PPK", PromotionFixture.PPK_LOGIN, "APPROVED", secret, null);
        rejectedCandidate = fixture.logins.supervisor();
        rejectedName = employees.find(rejectedCandidate).orElseThrow().nama();
        rejected = fixture.rejectedByTpkCase(rejectedCandidate, rejectedName);
        ineligibleCandidate = fixture.logins.bkpsdm();
        ineligibleName = employees.find(ineligibleCandidate).orElseThrow().nama();
        ineligible = fixture.notEligibleCase(ineligibleCandidate, ineligibleName);
    }

    @Test
    void listShowsAnnouncedCasesWithTheirStepsVotesAndChainAndNothingOfOthers() throws Exception {
        ResponseEntity<String> response = api.get(LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(response.getBody());
        List<String> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("processInstanceId").asText()));
        assertThat(ids).contains(announced, rejected, ineligible).doesNotContain(unannounced);
        assertThat(ids).allSatisfy(id -> assertThat(cases.find(id).orElseThrow().isPublic()).isTrue());
        assertThat(response.getBody()).doesNotContain(secret);

        JsonNode c = caseIn(list, announced);
        assertThat(c.get("nip").asText()).isEqualTo(Nip.masked(candidate)).endsWith(candidate.substring(14));
        assertThat(c.get("nama").asText()).isEqualTo(employees.find(candidate).orElseThrow().nama());
        assertThat(c.get("initialsOnly").asBoolean()).isFalse();
        assertThat(c.get("outcome").isNull()).as("still in its objection window").isTrue();
        assertThat(c.get("decisiveStep").isNull()).isTrue();
        assertThat(c.get("promotionType").asText()).isEqualTo("KP_REGULER");
        assertThat(c.get("target").asText()).isEqualTo("III/c");
        assertThat(c.get("status").asText()).isEqualTo("ANNOUNCED");
        assertThat(c.get("steps")).hasSize(10);
        assertThat(c.get("steps").get(1).get("step").asText()).isEqualTo("ELIGIBILITY");
        assertThat(c.get("steps").get(1).get("reason").asText()).isEqualTo("Masa kerja 4 tahun, predikat Baik 2 tahun");
        assertThat(c.get("steps").get(2).get("actor").asText()).isEqualTo(Nip.masked(fixture.logins.bkpsdm()));
        assertThat(c.get("steps").get(8).get("actor").asText()).isEqualTo(PromotionFixture.PPK_LOGIN);
        assertThat(c.at("/votes/approve").asInt()).isEqualTo(2);
        assertThat(c.at("/votes/reject").asInt()).isEqualTo(1);
        assertThat(c.at("/votes/votes/2/vote").asText()).isEqualTo("REJECT");
        assertThat(c.at("/votes/votes/2/voteLabel").asText()).isEqualTo("Tidak setuju");
        assertThat(c.at("/votes/votes/2/reason").asText()).isEqualTo("Belum ada <b>uji kompetensi</b> & sertifikat");
        assertThat(c.at("/votes/votes/0/voter").asText()).isEqualTo(Nip.masked(fixture.logins.tpk()));
        assertThat(c.at("/votes/votes/0/vote").asText()).isEqualTo("APPROVE");
        assertThat(c.at("/votes/votes/0/voteLabel").asText()).isEqualTo("Setuju");
        assertThat(c.at("/votes/votes/2/vote").asText()).isEqualTo("REJECT");
        assertThat(c.at("/votes/votes/2/voteLabel").asText()).isEqualTo("Tidak setuju");
        assertThat(c.get("chainValid").asBoolean()).isTrue();
        assertThat(c.get("auditUrl").asText()).isEqualTo("/api/public/promotions/" + announced + "/audit");
    }

    @Test
    void aCaseRejectedByTheTpkIsListedWithInitialsItsVotesAndTheReason() throws Exception {
        JsonNode c = caseIn(json.readTree(api.get(LIST).getBody()), rejected);

        assertThat(c.get("nama").asText()).isEqualTo(PublicText.initials(rejectedName))
                .matches("(\\p{Lu}\\. )*\\p{Lu}\\.");
        assertThat(c.get("initialsOnly").asBoolean()).isTrue();
        assertThat(c.get("nip").asText()).isEqualTo(Nip.masked(rejectedCandidate));
        assertThat(c.get("status").asText()).isEqualTo("REJECTED");
        assertThat(c.get("statusLabel").asText()).isEqualTo("Tidak disetujui");
        assertThat(c.get("outcome").asText()).isEqualTo("NOT_PROMOTED");
        assertThat(c.get("decidedAt").asText()).isNotBlank();
        assertThat(c.get("announcedAt").isNull()).isTrue();
        assertThat(c.at("/decisiveStep/step").asText()).isEqualTo("MINUTES");
        assertThat(c.at("/decisiveStep/decisionLabel").asText()).isEqualTo("Tidak disetujui TPK");
        assertThat(c.at("/decisiveStep/reason").asText()).isEqualTo("Setuju 1, tidak setuju 2");
        // the votes as the process writes them ("Setuju" with the code in the payload) are counted
        assertThat(c.at("/votes/approve").asInt()).isEqualTo(1);
        assertThat(c.at("/votes/reject").asInt()).isEqualTo(2);
        assertThat(c.at("/votes/votes/1/vote").asText()).isEqualTo("REJECT");
        assertThat(c.at("/votes/votes/1/voteLabel").asText()).isEqualTo("Tidak setuju");
        // the name a member wrote into a reason, in capitals, is replaced by the initials too
        assertThat(c.at("/votes/votes/1/reason").asText()).isEqualTo(PublicText.initials(rejectedName)
                + " belum menunjukkan hasil kerja di atas ekspektasi");
        assertThat(c.get("chainValid").asBoolean()).isTrue();
        assertNameNowhere(c.toString(), rejectedName);
    }

    @Test
    void aCaseNotEligibleIsListedWithInitialsAndTheFailedCriteria() throws Exception {
        JsonNode c = caseIn(json.readTree(api.get(LIST).getBody()), ineligible);

        assertThat(c.get("nama").asText()).isEqualTo(PublicText.initials(ineligibleName));
        assertThat(c.get("initialsOnly").asBoolean()).isTrue();
        assertThat(c.get("statusLabel").asText()).isEqualTo("Tidak memenuhi syarat");
        assertThat(c.get("outcome").asText()).isEqualTo("NOT_PROMOTED");
        assertThat(c.get("steps")).hasSize(2);
        assertThat(c.at("/decisiveStep/stepLabel").asText()).isEqualTo("Pemeriksaan syarat");
        assertThat(c.at("/decisiveStep/reason").asText()).isEqualTo(PromotionFixture.NOT_ELIGIBLE_REASON
                + "; calon " + PublicText.initials(ineligibleName));
        assertThat(c.at("/votes/votes")).isEmpty();
        assertNameNowhere(c.toString(), ineligibleName);
    }

    @Test
    void theAuditsOfRejectedAndIneligibleCasesVerifyWithTheNameReplaced() throws Exception {
        for (String id : List.of(rejected, ineligible)) {
            ResponseEntity<String> response = api.get(LIST + "/" + id + "/audit");

            assertThat(response.getStatusCode()).as(id).isEqualTo(HttpStatus.OK);
            JsonNode audit = json.readTree(response.getBody());
            assertThat(audit.get("valid").asBoolean()).as(id).isTrue();
            assertThat(withoutHashes(response.getBody())).doesNotContainPattern("\\d{18}");
            assertNameNowhere(response.getBody(), id.equals(rejected) ? rejectedName : ineligibleName);
        }
        JsonNode entries = json.readTree(api.get(LIST + "/" + rejected + "/audit").getBody()).get("entries");
        assertThat(entries).hasSize(7);
        // the minutes print the candidate's name: replaced, and the entry says so
        JsonNode minutes = entries.get(6);
        assertThat(minutes.at("/payload/minutes").asText()).isEqualTo("Calon: " + PublicText.initials(rejectedName));
        assertThat(minutes.get("redacted").asBoolean()).isTrue();
        // the server verified the stored entry, not the redacted copy
        assertThat(cases.find(rejected).orElseThrow().auditHead()).isEqualTo(entries.get(6).get("hash").asText());
    }

    @Test
    void theLatestDecisionOrAnnouncementComesFirst() throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(api.get(LIST).getBody()).forEach(c -> ids.add(c.get("processInstanceId").asText()));

        // created in this order in cases(): announced, then rejected, then found not eligible
        assertThat(ids.indexOf(ineligible)).isLessThan(ids.indexOf(rejected));
        assertThat(ids.indexOf(rejected)).isLessThan(ids.indexOf(announced));
    }

    @Test
    void noFieldOfTheListCarriesAnEighteenDigitNumber() throws Exception {
        String body = api.get(LIST).getBody();

        assertThat(body).doesNotContain(candidate, fixture.logins.tpk(), fixture.logins.reviewer(), rejectedCandidate,
                ineligibleCandidate);
        assertThat(withoutHashes(body)).doesNotContainPattern("\\d{18}");
        // the NIP a voter typed into a reason in its printed form is masked too
        assertThat(body).doesNotContain(PromotionFixture.spaced(candidate));
    }

    @Test
    void auditOfAnAnnouncedCaseHasEveryEntryMaskedAndVerifies() throws Exception {
        ResponseEntity<String> response = api.get(LIST + "/" + announced + "/audit");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withoutHashes(response.getBody())).doesNotContainPattern("\\d{18}");
        JsonNode audit = json.readTree(response.getBody());
        assertThat(audit.get("valid").asBoolean()).isTrue();
        assertThat(audit.get("brokenAtSeq").isNull()).isTrue();
        assertThat(audit.get("algorithm").asText()).isEqualTo("SHA-256");
        JsonNode entries = audit.get("entries");
        assertThat(entries).hasSize(10);
        assertThat(entries.get(0).get("prevHash").asText()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).get("prevHash").asText()).isEqualTo(entries.get(i - 1).get("hash").asText());
        }
        assertThat(audit.get("headHash").asText()).isEqualTo(entries.get(9).get("hash").asText());
        // the MINUTES payload listed the voters' NIPs: masked, and the entry says it was
        JsonNode minutes = entries.get(6);
        assertThat(minutes.at("/payload/voters/0").asText()).isEqualTo(Nip.masked(fixture.logins.tpk()));
        assertThat(minutes.get("redacted").asBoolean()).isTrue();
        // an entry without any NIP is shown exactly as hashed, so anyone can recompute it
        JsonNode announcement = entries.get(9);
        assertThat(announcement.get("redacted").asBoolean()).isFalse();
        assertThat(AuditChain.hash(announced, 10, java.time.Instant.parse(announcement.get("occurredAt").asText()),
                announcement.get("step").asText(), announcement.get("actor").asText(),
                announcement.get("decision").asText(), announcement.get("reason").asText(),
                json.writeValueAsString(announcement.get("payload")), announcement.get("prevHash").asText()))
                .isEqualTo(announcement.get("hash").asText());
    }

    @Test
    void aRunningUnannouncedCaseIsOnNeitherListNorPageAndItsAuditIsNotFoundLikeAnUnknownOne() {
        assertThat(api.get(LIST).getBody()).doesNotContain(unannounced, secret);
        assertThat(api.get("/transparansi").getBody()).doesNotContain(unannounced, secret);
        ResponseEntity<String> unannouncedAudit = api.get(LIST + "/" + unannounced + "/audit");
        ResponseEntity<String> unknownAudit = api.get(LIST + "/" + UUID.randomUUID() + "/audit");
        assertThat(unannouncedAudit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownAudit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unannouncedAudit.getBody()).doesNotContain(secret).isEqualTo(unknownAudit.getBody());
    }

    @Test
    void aReasonChangedInTheDatabaseShowsTheChainBrokenOnTheBoardAndInTheAudit() throws Exception {
        String tampered = fixture.approvedCase(candidate, true);
        jdbc.sql("UPDATE promotion_audit SET reason = 'Berkas lengkap (diubah)' WHERE process_instance_id = ?"
                + " AND seq = 3").param(tampered).update();

        JsonNode c = caseIn(json.readTree(api.get(LIST).getBody()), tampered);
        assertThat(c.get("chainValid").asBoolean()).isFalse();
        assertThat(c.get("chainBrokenAtSeq").asInt()).isEqualTo(3);
        JsonNode audit = json.readTree(api.get(LIST + "/" + tampered + "/audit").getBody());
        assertThat(audit.get("valid").asBoolean()).isFalse();
        assertThat(audit.get("brokenAtSeq").asInt()).isEqualTo(3);
        assertThat(audit.get("problem").asText()).isEqualTo("CONTENT_CHANGED");
        assertThat(audit.get("reason").asText()).contains("ke-3");

        String page = api.get("/transparansi").getBody();
        assertThat(section(page, tampered)).contains("Jejak RUSAK ✗", "Rusak pada entri ke-3")
                .doesNotContain("Jejak terverifikasi ✓");
    }

    @Test
    void pageIsHtmlInBahasaIndonesiaWithTheCaseItsMarkAndNoNip() {
        ResponseEntity<String> response = api.get("/transparansi");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        String page = response.getBody();
        assertThat(page).contains("<html lang=\"id\"", "name=\"viewport\"", "Cara memeriksa jejak")
                .doesNotContainPattern("\\d{18}").doesNotContain(secret, unannounced);
        String section = section(page, announced);
        assertThat(section).contains(HtmlUtils.htmlEscape(employees.find(candidate).orElseThrow().nama()),
                Nip.masked(candidate), "Kenaikan pangkat reguler", "III/c", "Jejak terverifikasi ✓",
                "2 setuju, 1 tidak setuju", "Masa kerja 4 tahun, predikat Baik 2 tahun",
                "href=\"/api/public/promotions/" + announced + "/audit\"");
        // a reason is text, never markup
        assertThat(section).contains("Belum ada &lt;b&gt;uji kompetensi&lt;/b&gt; &amp; sertifikat")
                .doesNotContain("<b>uji kompetensi</b>");
    }

    @Test
    void pageShowsRejectedAndIneligibleCasesClearlyWithInitialsAndTheReason() {
        String page = api.get("/transparansi").getBody();

        String rejectedSection = section(page, rejected);
        assertThat(rejectedSection).contains("class=\"kasus tidak-naik\"",
                HtmlUtils.htmlEscape(PublicText.initials(rejectedName)), "Nama calon disamarkan menjadi inisial.",
                Nip.masked(rejectedCandidate), "Tidak disetujui", "Diputuskan", "Keputusan akhir",
                "Berita acara TPK — Tidak disetujui TPK", "Alasan: Setuju 1, tidak setuju 2",
                "1 setuju, 2 tidak setuju", "Jejak terverifikasi ✓");
        assertNameNowhere(rejectedSection, rejectedName);

        String ineligibleSection = section(page, ineligible);
        assertThat(ineligibleSection).contains("class=\"kasus tidak-naik\"",
                HtmlUtils.htmlEscape(PublicText.initials(ineligibleName)), "Tidak memenuhi syarat",
                "Pemeriksaan syarat — Tidak memenuhi syarat",
                HtmlUtils.htmlEscape("Alasan: " + PromotionFixture.NOT_ELIGIBLE_REASON));
        assertNameNowhere(ineligibleSection, ineligibleName);

        assertThat(section(page, announced)).contains("class=\"kasus\"")
                .doesNotContain("tidak-naik", "Nama calon disamarkan", "Keputusan akhir");
    }

    /** The name as stored, in any letter case, raw or HTML-escaped: absent. */
    private static void assertNameNowhere(String text, String nama) {
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain(nama.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain(HtmlUtils.htmlEscape(nama).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The body with every hash field's value taken out, after checking each is a SHA-256 in hex: a hash may
     * hold 18 digits in a row by chance (the first entry's prevHash is 64 zeros) and carries no NIP.
     */
    private String withoutHashes(String body) throws Exception {
        JsonNode tree = json.readTree(body);
        String rest = body;
        for (String field : List.of("hash", "prevHash", "headHash")) {
            for (JsonNode value : tree.findValues(field)) {
                if (value.isNull()) {
                    continue;
                }
                assertThat(value.asText()).as(field).matches("[0-9a-f]{64}");
                rest = rest.replace("\"" + value.asText() + "\"", "\"<hash>\"");
            }
        }
        return rest;
    }

    private static JsonNode caseIn(JsonNode list, String id) {
        for (JsonNode c : list) {
            if (c.get("processInstanceId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("case " + id + " is not on the board");
    }

    /** The page's article of one case. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"kasus-" + id + "\"");
        assertThat(start).as("article of " + id).isNotNegative();
        return page.substring(start, page.indexOf("</article>", start));
    }
}
