package id.jenjang.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void plausibleNipHasNoProblem() {
        assertThat(Nip.problem("198503122010011002", TODAY)).isEmpty();
        assertThat(Nip.problem("199002282015062001", TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19850312201001100, 18 angka",
            "1985031220100110021, 18 angka",
            "19850312201001100X, 18 angka",
            "198502302010011002, tanggal lahir",
            "193912312010011002, tidak masuk akal",
            "201001012026011002, tidak masuk akal",
            "198503122010001002, bulan pengangkatan",
            "198503122027011002, masa depan",
            "198503121999011002, sebelum usia",
            "198503122010013002, jenis kelamin",
            "198503122010010002, jenis kelamin"})
    void implausibleNipIsNamed(String nip, String problem) {
        assertThat(Nip.problem(nip, TODAY)).hasValueSatisfying(p -> assertThat(p).contains(problem));
    }

    @Test
    void maskedShowsOnlyTheLastFourDigits() {
        assertThat(Nip.masked("198503122010011002")).isEqualTo("**************1002");
    }
}
