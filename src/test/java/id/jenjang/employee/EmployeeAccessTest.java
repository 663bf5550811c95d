package id.jenjang.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two access rules over a chain staff -> section head -> field head, without a database. */
class EmployeeAccessTest {

    static final String STAFF = "199001012015031001";
    static final String SECTION_HEAD = "198501012010031002";
    static final String FIELD_HEAD = "198001012005031003";
    static final String COLLEAGUE = "199201012016031004";

    final EmployeeRepository repository = mock(EmployeeRepository.class);
    final EmployeeAccess access = new EmployeeAccess(repository);

    EmployeeAccessTest() {
        when(repository.supervisorChain(STAFF)).thenReturn(List.of(SECTION_HEAD, FIELD_HEAD));
    }

    @Test
    void supervisorsUpTheChainAndBkpsdmMayStartACase() {
        assertThat(access.mayStartCaseFor(SECTION_HEAD, List.of(Groups.PEGAWAI), STAFF)).isTrue();
        assertThat(access.mayStartCaseFor(FIELD_HEAD, List.of(Groups.PEGAWAI), STAFF)).isTrue();
        assertThat(access.mayStartCaseFor(COLLEAGUE, List.of(Groups.PEGAWAI, Groups.BKPSDM), STAFF)).isTrue();
    }

    @Test
    void theEmployeeThemselfAColleagueAndACallerWithoutGroupsMayNot() {
        assertThat(access.mayStartCaseFor(STAFF, List.of(Groups.PEGAWAI), STAFF)).isFalse();
        assertThat(access.mayStartCaseFor(COLLEAGUE, List.of(Groups.PEGAWAI, Groups.TPK), STAFF)).isFalse();
        assertThat(access.mayStartCaseFor(COLLEAGUE, null, STAFF)).isFalse();
    }

    @Test
    void readingDiffersOnlyInLettingTheEmployeeReadTheirOwn() {
        assertThat(access.mayRead(STAFF, List.of(Groups.PEGAWAI), STAFF)).isTrue();
        assertThat(access.mayRead(FIELD_HEAD, List.of(Groups.PEGAWAI), STAFF)).isTrue();
        assertThat(access.mayRead(COLLEAGUE, List.of(Groups.PEGAWAI), STAFF)).isFalse();
    }
}
