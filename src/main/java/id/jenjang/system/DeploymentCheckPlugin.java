package id.jenjang.system;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * No code from data, at engine level (issue 9). Three settings, made before the engine is built:
 * <ol>
 *   <li>A pre-deployer: the engine runs it inside its deploy command, before the BPMN/DMN deployers parse
 *   anything and in the same transaction as the deployment's insert, so every way in is covered: Modeler and
 *   any client through {@code /engine-rest/deployment/create}, redeploys, Cockpit, and the application's own
 *   classpath deployment of processes/ and forms/ at start. A refusal throws {@link DeploymentRefusedException}
 *   and the transaction rolls back: no deployment, no resource, no definition. Only new deployments are
 *   checked; one already stored is re-parsed without a check when the cache needs it.</li>
 *   <li>Expressions resolve only the beans of {@link ModelBeans}, not the whole Spring context, so an
 *   expression that got past the check (or a model stored before it existed) still cannot reach
 *   {@code dataSource} or any other bean.</li>
 *   <li>Deserialization of Object variables is allowlisted ({@link #DESERIALIZABLE_CLASSES} plus the engine's
 *   own basic list: java.lang and the standard collections) and the Java serialization format stays off, so a
 *   JSON variable naming a class on the classpath is refused before Jackson instantiates anything.</li>
 * </ol>
 * A parse listener would see only what the BPMN parser keeps; the pre-deployer reads the raw XML, every
 * attribute and text, and DMN and forms too.
 */
@Component
public class DeploymentCheckPlugin extends AbstractProcessEnginePlugin {

    /**
     * Jenjang's own types that may be stored as Object variables. None today: lists and maps of strings travel
     * as JSON and are covered by the engine's basic list. Add a fully qualified class name here (never a
     * package: the engine matches packages by prefix) when a process needs one.
     */
    static final List<String> DESERIALIZABLE_CLASSES = List.of();

    private final ApplicationContext applicationContext;

    public DeploymentCheckPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = new ArrayList<>();
        preDeployers.add(new CheckingDeployer());
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(preDeployers);

        Map<Object, Object> beans = new ModelBeanMap(applicationContext);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));

        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationAllowedClasses(String.join(",", DESERIALIZABLE_CLASSES));
        configuration.setDeserializationAllowedPackages("");
        configuration.setJavaSerializationFormatEnabled(false);
    }

    /** Checks every resource of a new deployment; any refusal refuses the whole deployment, naming each problem. */
    static final class CheckingDeployer implements Deployer {

        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew() || deployment.getResources() == null) {
                return;
            }
            List<DeploymentCheck.Refusal> refusals = new ArrayList<>();
            for (ResourceEntity resource : deployment.getResources().values()) {
                refusals.addAll(DeploymentCheck.check(resource.getName(), resource.getBytes()));
            }
            if (!refusals.isEmpty()) {
                throw new DeploymentRefusedException(refusals);
            }
        }
    }

    /** The model beans, looked up when an expression names one (so test doubles and lazy beans still work). */
    static final class ModelBeanMap extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        ModelBeanMap(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && ModelBeans.isBean(name) && context.containsBean(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Map<Object, Object> present = new LinkedHashMap<>();
            ModelBeans.ALLOWED.keySet().stream().filter(context::containsBean)
                    .forEach(name -> present.put(name, context.getBean(name)));
            return present.entrySet();
        }
    }
}
