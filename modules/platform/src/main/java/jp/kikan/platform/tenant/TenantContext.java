package jp.kikan.platform.tenant;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The tenant (地方公共団体) the current thread acts for.
 *
 * <p>Bound by the web layer for each request under {@code /api/.../tenants/{tenantCode}}, and explicitly by
 * batch and event-listener code through {@link #callAs}. While a tenant is bound, every database connection
 * the thread takes runs as the restricted role whose row-level security policies only show that tenant's
 * rows; Hibernate fills the tenant column of new rows from it.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** The bound tenant's 団体コード, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The bound tenant's 団体コード; fails when none is bound (a programming error, not a user error). */
    public static String require() {
        String code = CURRENT.get();
        if (code == null) {
            throw new IllegalStateException("No tenant bound to this thread");
        }
        return code;
    }

    /** Runs {@code work} with {@code tenantCode} bound, restoring the previous binding afterwards. */
    public static <T> T callAs(String tenantCode, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenantCode);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** Runs {@code work} with {@code tenantCode} bound, restoring the previous binding afterwards. */
    public static void runAs(String tenantCode, Runnable work) {
        callAs(tenantCode, () -> {
            work.run();
            return null;
        });
    }

    /** Binds a tenant for the rest of a request; the caller must {@link #clear()} in a finally block. */
    public static void bind(String tenantCode) {
        CURRENT.set(tenantCode);
    }

    /** Removes the binding. */
    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(@Nullable String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
