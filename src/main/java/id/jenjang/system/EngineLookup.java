package id.jenjang.system;

import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs the engine REST door's engine look-ups with authorization checks off: the guard needs the facts, the
 * caller's rights decide later.
 */
final class EngineLookup {

    private final ProcessEngineConfigurationImpl engine;

    EngineLookup(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    <T> T withoutAuthorization(Supplier<T> lookup) {
        return withoutAuthorization(context -> lookup.get());
    }

    <T> T withoutAuthorization(Function<CommandContext, T> lookup) {
        Command<T> command = context -> {
            boolean enabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return lookup.apply(context);
            } finally {
                if (enabled) {
                    context.enableAuthorizationCheck();
                }
            }
        };
        return engine.getCommandExecutorTxRequired().execute(command);
    }
}
