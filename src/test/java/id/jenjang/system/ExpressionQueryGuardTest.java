package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionQueryGuardTest {

    @Test
    void malformedEscapeIsSearchedRawInsteadOfFailing() {
        String query = "name=%ZZ&assigneeExpression=${1}";
        assertThat(ExpressionQueryGuard.decodedOrRaw(query)).isEqualTo(query);
        assertThat(ExpressionQueryGuard.hasExpression(ExpressionQueryGuard.decodedOrRaw(query))).isTrue();
    }

    @Test
    void encodedDollarAndHashAreFoundAfterDecoding() {
        assertThat(ExpressionQueryGuard.hasExpression(ExpressionQueryGuard.decodedOrRaw("a=%24%7Bx%7D"))).isTrue();
        assertThat(ExpressionQueryGuard.hasExpression(ExpressionQueryGuard.decodedOrRaw("a=%23%7Bx%7D"))).isTrue();
        assertThat(ExpressionQueryGuard.hasExpression(ExpressionQueryGuard.decodedOrRaw("a=%24x%7B"))).isFalse();
    }
}
