package jp.kikan.conformance.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requirement of the standard a conformance test checks. The report counts the test's outcome for this
 * requirement; a requirement no test names is reported {@code not-implemented}.
 *
 * <p>Repeatable: a test may check several requirements. On a class it applies to every test in the class (and in its
 * {@code @Nested} classes). {@link #business()} and {@link #id()} must be in that business's catalogue and
 * {@link #kind()} must match it; otherwise the report lists an error.
 *
 * <pre>
 * &#64;Test
 * &#64;Requirement(id = "0010001", title = "住民票の写しの交付", business = "resident-registry", kind = RequirementKind.MANDATORY)
 * void issues_a_copy_of_the_residence_record() { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Requirements.class)
public @interface Requirement {

    /**
     * 機能ID of the standard where one exists (業務コード 3 digits + 4 digits, e.g. {@code 0010001}), otherwise a Kikan
     * id such as {@code PLT-0001}.
     */
    String id();

    /** The requirement's name as in the catalogue, for readers of the test; the catalogue's title is reported. */
    String title() default "";

    /** The business whose catalogue lists the requirement, e.g. {@code resident-registry}. */
    String business();

    /** 実装区分, as in the catalogue. */
    RequirementKind kind();
}
