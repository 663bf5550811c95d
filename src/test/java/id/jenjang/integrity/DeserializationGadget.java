package id.jenjang.integrity;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class on the classpath that no process stores: the attacker names it in a JSON Object variable. Its
 * constructor and setter count how often Jackson ran them, which must stay zero.
 */
public class DeserializationGadget {

    public static final AtomicInteger RUNS = new AtomicInteger();

    public DeserializationGadget() {
        RUNS.incrementAndGet();
    }

    public void setCommand(String command) {
        RUNS.incrementAndGet();
    }
}
