package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import example.archfixture.alpha.internal.AlphaController;
import example.archfixture.beta.internal.BetaController;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kikan.platform.parameter.LegalParameterLoader;
import jp.kikan.platform.security.ApiAccessRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;

/**
 * The wiring points a new module touches outside its own folder (README "Adding a business module", ADR 0018), each
 * checked on the whole application and proven to bite on a planted mistake (test resources under
 * {@code wiring-fixture/} loaded as a class path of their own, and the fixture controllers of
 * {@code example.archfixture}):
 *
 * <ul>
 *   <li>every {@code db/changelog/*.yaml} on the class path is included in the master changelog (Liquibase runs only
 *       what the master includes: a forgotten changelog is a module without tables);
 *   <li>every {@code parameters/*.yaml} is listed in the {@code META-INF/kikan/parameters.list} of its own jar or
 *       folder (the parameter loader reads only listed files);
 *   <li>every API operation of a controller is covered by an {@link ApiAccessRule} (without one, any authenticated
 *       member of staff of any business may call it);
 *   <li>the running application names every Kikan bean by its module ({@code jp.kikan.ModuleBeanNames}).
 * </ul>
 */
class ModuleWiringTest extends IntegrationTest {

    static final String MASTER = "db/changelog/db.changelog-master.yaml";

    /** The master of the module tests (test-support): the same includes, each optional (ADR 0021). */
    static final String MODULE_TESTS_MASTER = "kikan/testsupport/db.changelog-modules.yaml";

    /**
     * The platform's reads that every member of staff of every business may use (the tenant, 和暦 conversion, legal
     * parameters and their overrides), deliberately without an access rule of their own.
     */
    static final Set<String> OPEN_TO_ALL_STAFF = Set.of(
            "GET /api/platform/v1/tenants/{tenantCode}",
            "GET /api/platform/v1/tenants/{tenantCode}/calendar/conversions",
            "GET /api/platform/v1/tenants/{tenantCode}/parameters/{module}/{key}",
            "GET /api/platform/v1/tenants/{tenantCode}/parameter-overrides",
            "GET /api/platform/v1/tenants/{tenantCode}/parameter-overrides/{overrideId}");

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyModuleChangelogIsIncludedInTheMaster() throws IOException {
        ClassLoader classLoader = getClass().getClassLoader();
        assertThat(changelogs(classLoader))
                .contains(
                        "db/changelog/platform.yaml",
                        "db/changelog/resident-registry.yaml",
                        "db/changelog/child-allowance.yaml");
        assertThat(changelogsMissingFromTheMaster(classLoader)).isEmpty();
    }

    @Test
    void aChangelogMissingFromTheMasterIsCaught() throws IOException {
        try (URLClassLoader fixture = fixture("forgotten-changelog")) {
            assertThat(changelogsMissingFromTheMaster(fixture)).singleElement().satisfies(problem -> assertThat(problem)
                    .contains("db/changelog/beta.yaml"));
        }
    }

    @Test
    void theModuleTestsRunTheMastersChangelogsInItsOrder() throws IOException {
        ClassLoader classLoader = getClass().getClassLoader();
        assertThat(includes(classLoader, MODULE_TESTS_MASTER))
                .as("%s lists the includes of %s, in the same order (ADR 0021)", MODULE_TESTS_MASTER, MASTER)
                .containsExactlyElementsOf(includes(classLoader, MASTER));
    }

    @Test
    void everyParameterFileIsListedInItsIndex() throws IOException {
        ClassLoader classLoader = getClass().getClassLoader();
        assertThat(parameterFiles(classLoader))
                .contains("parameters/child-allowance.yaml", "parameters/resident-registry.yaml");
        assertThat(unlistedParameterFiles(classLoader)).isEmpty();
    }

    @Test
    void anUnlistedParameterFileIsCaught() throws IOException {
        try (URLClassLoader fixture = fixture("forgotten-parameters")) {
            assertThat(unlistedParameterFiles(fixture)).singleElement().satisfies(problem -> assertThat(problem)
                    .contains("parameters/beta.yaml"));
        }
    }

    @Test
    void everyApiOperationHasAnAccessRule() {
        List<Class<?>> controllers = context.getBeansWithAnnotation(Controller.class).values().stream()
                .<Class<?>>map(AopUtils::getTargetClass)
                .toList();
        List<ApiAccessRule> rules =
                List.copyOf(context.getBeansOfType(ApiAccessRule.class).values());
        assertThat(operations(controllers))
                .contains(
                        "GET /api/addressee/v1/tenants/{tenantCode}/addressees",
                        "POST /api/migration/v1/tenants/{tenantCode}/imports");
        assertThat(operationsWithoutAccessRule(controllers, rules)).isEmpty();
    }

    @Test
    void anOperationWithoutAnAccessRuleIsCaught() {
        List<ApiAccessRule> rules = List.of(
                ApiAccessRule.of("/api/alpha/**", "alpha:clerk"),
                ApiAccessRule.forMethod("POST", "/api/beta/v1/tenants/*/things", "beta:clerk"));
        assertThat(operationsWithoutAccessRule(List.of(AlphaController.class, BetaController.class), rules))
                .singleElement()
                .satisfies(problem -> assertThat(problem)
                        .contains("GET /api/beta/v1/tenants/{tenantCode}/things/{id}")
                        .contains("BetaController.read"));
    }

    @Test
    void theRunningApplicationNamesEveryKikanBeanByItsModule() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> violations = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            String declaredBy = declaringType(beans, name);
            String module = ModuleNames.moduleOf("jp.kikan", ClassUtils.getPackageName(declaredBy));
            if (!module.isEmpty()
                    && !ModuleNames.qualified(new ModuleNames.Named("bean", name, declaredBy, module), "jp.kikan")) {
                violations.add(name + " (" + declaredBy + ")");
            }
        }
        assertThat(violations).isEmpty();
        assertThat(beans.containsBeanDefinition("jp.kikan.residentregistry.internal.ResidentRecords"))
                .as("a repository")
                .isTrue();
        assertThat(beans.containsBeanDefinition("jp.kikan.addressee.internal.AddresseeSecurity.addresseeApi"))
                .as("a @Bean method")
                .isTrue();
        assertThat(beans.containsBeanDefinition("jp.kikan.addressee.internal.AddresseeController"))
                .as("a component")
                .isTrue();
    }

    // --- the checks, on any class loader or set of controllers ---

    static List<String> changelogs(ClassLoader classLoader) throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource r :
                new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:db/changelog/*.yaml")) {
            String name = "db/changelog/" + r.getFilename();
            if (!name.equals(MASTER)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The files a master changelog includes, in its order. */
    @SuppressWarnings("unchecked")
    static List<String> includes(ClassLoader classLoader, String changelog) throws IOException {
        URL master = Objects.requireNonNull(classLoader.getResource(changelog), changelog);
        List<String> included = new ArrayList<>();
        try (InputStream in = master.openStream()) {
            Map<String, Object> root = new Yaml().load(in);
            for (Object entry : (List<Object>) root.get("databaseChangeLog")) {
                if (entry instanceof Map<?, ?> map && map.get("include") instanceof Map<?, ?> include) {
                    included.add(String.valueOf(include.get("file")));
                }
            }
        }
        return included;
    }

    /** The module changelogs on the class path that the master does not include, and includes that are missing. */
    static List<String> changelogsMissingFromTheMaster(ClassLoader classLoader) throws IOException {
        Set<String> included = new LinkedHashSet<>(includes(classLoader, MASTER));
        List<String> problems = new ArrayList<>();
        for (String changelog : changelogs(classLoader)) {
            if (!included.contains(changelog)) {
                problems.add(changelog + " is not included in " + MASTER + "; add it in dependency order");
            }
        }
        for (String include : included) {
            if (classLoader.getResource(include) == null) {
                problems.add(MASTER + " includes " + include + ", which is not on the class path");
            }
        }
        return problems;
    }

    static List<String> parameterFiles(ClassLoader classLoader) throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource r : parameterResources(classLoader)) {
            names.add("parameters/" + r.getFilename());
        }
        return names;
    }

    /** The parameter files not listed in the index of the jar or folder they sit in. */
    static List<String> unlistedParameterFiles(ClassLoader classLoader) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource r : parameterResources(classLoader)) {
            String name = "parameters/" + r.getFilename();
            String url = r.getURL().toString();
            URL index = URI.create(url.substring(0, url.length() - name.length()) + LegalParameterLoader.INDEX)
                    .toURL();
            if (!listed(index).contains(name)) {
                problems.add(name + " (" + url + ") is not listed in its " + LegalParameterLoader.INDEX);
            }
        }
        return problems;
    }

    private static Resource[] parameterResources(ClassLoader classLoader) throws IOException {
        return new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:parameters/*.yaml");
    }

    private static List<String> listed(URL index) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.startsWith("/") ? name.substring(1) : name);
                }
            }
        } catch (IOException noIndex) {
            return List.of();
        }
        return names;
    }

    /** Every operation of the controllers as {@code METHOD /path}, the type's mapping and the method's combined. */
    static List<String> operations(Collection<Class<?>> controllers) {
        List<String> operations = new ArrayList<>();
        for (Class<?> controller : controllers) {
            for (Method method : controller.getMethods()) {
                operations.addAll(operations(controller, method).keySet());
            }
        }
        return operations;
    }

    /** The operations under {@code /api/} that no rule covers and that are not open to all staff. */
    static List<String> operationsWithoutAccessRule(Collection<Class<?>> controllers, List<ApiAccessRule> rules) {
        List<String> problems = new ArrayList<>();
        for (Class<?> controller : controllers) {
            for (Method method : controller.getMethods()) {
                operations(controller, method).forEach((operation, declaredBy) -> {
                    String verb = operation.substring(0, operation.indexOf(' '));
                    String path = operation.substring(verb.length() + 1);
                    if (path.startsWith("/api/")
                            && !OPEN_TO_ALL_STAFF.contains(operation)
                            && rules.stream().noneMatch(rule -> covers(rule, verb, path))) {
                        problems.add(operation + " (" + declaredBy + ") has no ApiAccessRule naming its roles");
                    }
                });
            }
        }
        return problems;
    }

    private static Map<String, String> operations(Class<?> controller, Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) {
            return Map.of();
        }
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        String prefix = type != null && type.path().length > 0 ? type.path()[0] : "";
        String[] paths = mapping.path().length > 0 ? mapping.path() : new String[] {""};
        List<String> verbs = mapping.method().length > 0
                ? java.util.Arrays.stream(mapping.method())
                        .map(RequestMethod::name)
                        .toList()
                : List.of("*");
        Map<String, String> operations = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            for (String verb : verbs) {
                operations.put(verb + " " + prefix + path, controller.getName() + "." + method.getName());
            }
        }
        return operations;
    }

    /** Whether the rule grants the operation's path, as the platform's security configuration applies it. */
    static boolean covers(ApiAccessRule rule, String verb, String path) {
        String method = rule.method();
        boolean methodMatches = method == null || method.equalsIgnoreCase(verb);
        return methodMatches
                && PathPatternParser.defaultInstance
                        .parse(rule.pathPattern())
                        .matches(PathContainer.parsePath(path.replaceAll("\\{[^}]*}", "x")));
    }

    private static String declaringType(ConfigurableListableBeanFactory beans, String name) {
        BeanDefinition definition = beans.getBeanDefinition(name);
        if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null) {
            return annotated.getFactoryMethodMetadata().getDeclaringClassName();
        }
        @Nullable Class<?> type = beans.getType(name);
        return type == null ? "" : ClassUtils.getUserClass(type).getName();
    }

    private static URLClassLoader fixture(String name) {
        URL root = Objects.requireNonNull(
                ModuleWiringTest.class.getClassLoader().getResource("wiring-fixture/" + name + "/"), name);
        return new URLClassLoader(new URL[] {root}, null);
    }
}
