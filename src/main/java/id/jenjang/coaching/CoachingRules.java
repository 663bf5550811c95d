package id.jenjang.coaching;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Small checks the coaching forms share; messages in Bahasa Indonesia name the field. */
final class CoachingRules {

    private CoachingRules() {
    }

    static String text(VariableScope scope, String name, int max) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new FormValidation(name, "wajib diisi");
        }
        if (value.toString().length() > max) {
            throw new FormValidation(name, "paling banyak " + max + " karakter");
        }
        return value.toString().trim();
    }

    static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        Object value = scope.getVariable(name);
        try {
            return Enum.valueOf(type, value == null ? "" : value.toString());
        } catch (IllegalArgumentException e) {
            StringBuilder options = new StringBuilder();
            for (E option : type.getEnumConstants()) {
                options.append(options.isEmpty() ? "" : ", ").append(option.name());
            }
            throw new FormValidation(name, "nilai '" + value + "' tidak dikenal; pilihan: " + options);
        }
    }

    /** A 1-5 score (forms send "1".."5" from radios, REST clients numbers). */
    static int score(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        try {
            int score = Integer.parseInt(value == null ? "" : value.toString().trim());
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new FormValidation(name, "wajib diisi dengan nilai 1 sampai 5");
    }
}
