package id.jenjang.employee;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Civil-service rank in order, so ranks compare by {@link #ordinal()}. */
public enum Golongan {
    I_A("I/a"), I_B("I/b"), I_C("I/c"), I_D("I/d"),
    II_A("II/a"), II_B("II/b"), II_C("II/c"), II_D("II/d"),
    III_A("III/a"), III_B("III/b"), III_C("III/c"), III_D("III/d"),
    IV_A("IV/a"), IV_B("IV/b"), IV_C("IV/c"), IV_D("IV/d"), IV_E("IV/e");

    private final String label;

    Golongan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roman part: I, II, III or IV. Crossing it (II/d to III/a) needs the service exam. */
    public String group() {
        return label.substring(0, label.indexOf('/'));
    }

    public static Optional<Golongan> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Golongan::label).toList();
    }
}
