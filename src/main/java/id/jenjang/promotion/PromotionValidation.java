package id.jenjang.promotion;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Checks shared by the promotion forms: yes/no answers may arrive as text from radios. */
final class PromotionValidation {

    private PromotionValidation() {
    }

    /** A required yes/no, stored back as a boolean for the gateways. */
    static boolean yesNo(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            boolean answer = Boolean.parseBoolean(value.toString());
            scope.setVariable(name, answer);
            return answer;
        }
        throw new FormValidation(name, "wajib diisi: true atau false");
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new FormValidation(name, "wajib diisi");
        }
        if (value.toString().length() > 4000) {
            throw new FormValidation(name, "paling banyak 4000 karakter");
        }
        return value.toString().trim();
    }

    static String oneOf(VariableScope scope, String name, String... allowed) {
        Object value = scope.getVariable(name);
        for (String option : allowed) {
            if (option.equals(value == null ? null : value.toString())) {
                return option;
            }
        }
        throw new FormValidation(name, "wajib diisi: " + String.join(" atau ", allowed));
    }
}
