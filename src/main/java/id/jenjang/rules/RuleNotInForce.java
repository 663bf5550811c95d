package id.jenjang.rules;

/** No deployed version of a decision is in force on the date asked: nothing may be decided on a guess. */
public class RuleNotInForce extends IllegalStateException {

    public RuleNotInForce(String message) {
        super(message);
    }
}
