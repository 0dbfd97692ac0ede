package kikan.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs against the real broker ({@link TestBroker}): when none answers, JUnit skips it before
 * anything starts (no Spring context, no application), and the report names the reason and the variable to set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresBroker.Condition.class)
public @interface RequiresBroker {

    /** Asks the broker once per test JVM. */
    final class Condition implements ExecutionCondition {

        private static volatile ConditionEvaluationResult result;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            ConditionEvaluationResult r = result;
            if (r == null) {
                String problem = TestBroker.problem();
                r = problem == null
                        ? ConditionEvaluationResult.enabled(
                                "RabbitMQ answers at " + TestBroker.redacted(TestBroker.url()))
                        : ConditionEvaluationResult.disabled(TestBroker.skipReason(problem));
                result = r;
                if (problem != null) {
                    System.err.println("[kikan] " + r.getReason().orElse(""));
                }
            }
            return r;
        }
    }
}
