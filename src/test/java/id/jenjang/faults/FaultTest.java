package id.jenjang.faults;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A fault scenario (class named *FaultIT): runs only in {@code ./mvnw verify -Pfaults}, which packages the
 * application first; the default build and {@code -Pintegration} leave these classes out by this tag.
 */
@Tag(FaultTest.TAG)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FaultTest {

    String TAG = "faults";
}
