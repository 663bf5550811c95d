package id.jenjang.process;

import java.util.Date;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One typed definition per process variable, so a name is spelled once and no caller casts. Conversion is
 * lenient where Tasklist is: form checkboxes may arrive as "true", numbers as Integer or Long.
 */
public final class Var<T> {

    private final String name;
    private final Function<Object, T> convert;

    private Var(String name, Function<Object, T> convert) {
        this.name = name;
        this.convert = convert;
    }

    public static Var<String> string(String name) {
        return new Var<>(name, v -> v == null ? null : v.toString());
    }

    public static Var<Boolean> bool(String name) {
        return new Var<>(name, v -> v == null ? null : v instanceof Boolean b ? b : Boolean.valueOf(v.toString()));
    }

    public static Var<Integer> integer(String name) {
        return new Var<>(name, v -> v == null ? null : v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString()));
    }

    public static Var<Date> date(String name) {
        return new Var<>(name, v -> (Date) v);
    }

    public static <E extends Enum<E>> Var<E> enumeration(String name, Class<E> type) {
        return new Var<>(name, v -> v == null || v.toString().isBlank() ? null : Enum.valueOf(type, v.toString()));
    }

    /** A value that is not Java-serialized: lists and maps travel as JSON text. */
    public static Var<Object> raw(String name) {
        return new Var<>(name, v -> v);
    }

    public String name() {
        return name;
    }

    public T get(VariableScope scope) {
        return convert.apply(scope.getVariable(name));
    }

    /** The value, or a clear error naming the variable when it is missing or malformed. */
    public T require(VariableScope scope) {
        Object raw = scope.getVariable(name);
        T value;
        try {
            value = convert.apply(raw);
        } catch (RuntimeException e) {
            throw new FormValidation(name, "nilai '" + raw + "' tidak valid");
        }
        if (value == null || value.toString().isBlank()) {
            throw new FormValidation(name, "wajib diisi");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, enumName(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, enumName(value));
    }

    /** Enums are stored by name, as the process contract's string values. */
    private static Object enumName(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
