package id.jenjang.system;

import static id.jenjang.system.ExpressionCheck.Use.BEAN_CALL;
import static id.jenjang.system.ExpressionCheck.Use.DELEGATE;
import static id.jenjang.system.ExpressionCheck.Use.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expression grammar on its own: what a model may write, and what it may not. */
class ExpressionCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"${nip}", "${!accepted}", "${mailPending == 0}", "PT${days}D", "${a}-${b}",
            "${predikat == 'BUTUH_PERBAIKAN' || predikat == \"KURANG\"}", "${x ge 3 and not empty y}",
            "${(a + 2) * 3 / 4 % 5 > -1 ? 'ya' : 'tidak'}", "${promotionRouting.dueDate(execution)}",
            "${!appraisalRouting.annual(execution)}", "${promotionRouting.slaCycle()}", "${currentUser()}",
            "${'a}b'}", "#{nip}", "ISO R3/PT5M", "${1.5e3}", "${null}"})
    void variablesLiteralsOperatorsAndListedBeanMembersAreAllowed(String text) {
        assertThat(ExpressionCheck.check(text, VALUE)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${execution.getProcessEngineServices()}", "${''.getClass()}",
            "${Runtime.getRuntime().exec('id')}", "${dataSource.connection}", "${execution['x']}",
            "${promotionRouting.getClass()}", "${promotionRouting.dueDate(execution).time}",
            "${promotionRouting.dueDate(execution.processEngine)}", "${(execution).id}", "${now().plusDays(1)}",
            "${fn:call()}", "${x = 1}", "${x; y}", "${x -> x}", "${{1, 2}}", "${[1]}", "${x instanceof y}",
            "${unterminated", "${'open}", "${}", "${a + }", "${T(java.lang.Runtime)}", "${forName('x')}",
            "text ${ok} then ${bad.thing()}", "${x}.${y.z}", "${a ? b}"})
    void everythingElseIsRefusedWithAReason(String text) {
        assertThat(ExpressionCheck.check(text, VALUE)).isNotNull().startsWith("ekspresi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${recordRatingDelegate}", " ${voteScope} "})
    void aDelegateExpressionNamesOneListedBean(String text) {
        assertThat(ExpressionCheck.check(text, DELEGATE)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${processEngine}", "${dataSource}", "recordRatingDelegate", "${nip}",
            "${promotionRouting.dueDate(execution)}", "${recordRatingDelegate}${x}", "${a ? recordRatingDelegate : b}"})
    void aDelegateExpressionNamingAnythingElseIsRefused(String text) {
        assertThat(ExpressionCheck.check(text, DELEGATE)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${nip}", "${execution.setVariable('predikat', 'BAIK')}", "${1}",
            "${promotionRouting.dueDate(execution) == null}", "plain"})
    void aListenerExpressionMustCallAListedBean(String text) {
        assertThat(ExpressionCheck.check(text, BEAN_CALL)).isNotNull();
        assertThat(ExpressionCheck.check("${promotionRouting.dueDate(execution)}", BEAN_CALL)).isNull();
    }
}
