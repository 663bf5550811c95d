package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusedVariableMessagesTest {

    @Test
    void aRefusedReadIsWordedInIndonesianNamingTheVariable() {
        assertThat(RefusedVariableMessages.indonesian("Cannot deserialize object in variable 'gadget': SPIN/JACKSON-JSON-01006 x"))
                .startsWith("Variabel 'gadget' tidak dibaca");
    }

    @Test
    void anyOtherEngineMessageIsLeftAlone() {
        assertThat(RefusedVariableMessages.indonesian("Cannot complete task 1: x")).isNull();
        assertThat(RefusedVariableMessages.indonesian(null)).isNull();
    }
}
