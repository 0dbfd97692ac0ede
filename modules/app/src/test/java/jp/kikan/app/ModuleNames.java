package jp.kikan.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kikan.ModuleBeanNames;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The bean and JPA entity names that classes give the application, computed with the application's own convention
 * ({@link ModuleBeanNames}, ADR 0018), and what breaks the convention: a name that does not begin with its module, and
 * a name two declarations share. Bean names are global in the Spring context and entity names in the persistence
 * unit, so two modules that both name a {@code Person} would otherwise meet only when the application starts.
 */
final class ModuleNames {

    /** One name and where it comes from; {@code module} is the first package below the root. */
    record Named(String kind, String name, String declaredBy, String module) {}

    private ModuleNames() {}

    static List<Named> of(JavaClasses classes, String root) {
        ModuleBeanNames convention = new ModuleBeanNames(root);
        List<Named> names = new ArrayList<>();
        for (JavaClass type : classes) {
            String module = moduleOf(root, type.getPackageName());
            if (module.isEmpty()) {
                continue;
            }
            if (type.isAnnotatedWith(Entity.class)) {
                String name = type.getAnnotationOfType(Entity.class).name();
                names.add(new Named("entity", name.isEmpty() ? type.getSimpleName() : name, type.getName(), module));
            }
            boolean component = !type.isInterface() && type.isMetaAnnotatedWith(Component.class);
            boolean repository = type.isInterface()
                    && type.isAssignableTo(Repository.class)
                    && !type.isAnnotatedWith(NoRepositoryBean.class);
            if (component || repository) {
                Class<?> reflected = type.reflect();
                String name = convention.generateBeanName(
                        new AnnotatedGenericBeanDefinition(reflected), new SimpleBeanDefinitionRegistry());
                names.add(new Named("bean", name, type.getName(), module));
            }
            if (component) {
                for (MethodMetadata method :
                        AnnotationMetadata.introspect(type.reflect()).getAnnotatedMethods(Bean.class.getName())) {
                    String name = convention.deriveBeanName(method, explicitName(method));
                    names.add(new Named("bean", name, type.getName() + "." + method.getMethodName() + "()", module));
                }
            }
        }
        return names;
    }

    /** The convention's violations among {@code names}, one line each. */
    static List<String> violations(List<Named> names, String root) {
        List<String> violations = new ArrayList<>();
        Map<String, List<Named>> byName = new LinkedHashMap<>();
        for (Named named : names) {
            if (!qualified(named, root)) {
                violations.add(named.kind() + " name '" + named.name() + "' of " + named.declaredBy()
                        + " does not begin with its module '" + named.module() + "'");
            }
            byName.computeIfAbsent(named.kind() + " " + named.name(), k -> new ArrayList<>())
                    .add(named);
        }
        byName.forEach((name, declared) -> {
            if (declared.size() > 1) {
                violations.add(name + " is declared " + declared.size() + " times: "
                        + declared.stream().map(Named::declaredBy).toList());
            }
        });
        return violations;
    }

    /**
     * Generated names begin with the module's package ({@code jp.kikan.addressee.internal.AddresseeSecurity}); names
     * given by hand and entity names begin with the module's name ({@code childAllowanceResidents},
     * {@code AddresseeNonResident}).
     */
    static boolean qualified(Named named, String root) {
        return named.name().startsWith(root + "." + named.module() + ".")
                || named.name().toLowerCase(Locale.ROOT).startsWith(named.module());
    }

    static String moduleOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return "";
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static @Nullable String explicitName(MethodMetadata method) {
        Map<String, @Nullable Object> bean = method.getAnnotationAttributes(Bean.class.getName());
        if (bean != null && bean.get("name") instanceof String[] given && given.length > 0) {
            return given[0];
        }
        return null;
    }
}
