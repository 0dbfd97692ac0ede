package jp.kikan.platform.events;

import jp.kikan.platform.tenant.TenantContext;

/**
 * A domain event about one tenant's data. Every published event implements it, because listeners run after
 * commit on another thread, without the publisher's tenant.
 *
 * <p>A module consumes another module's events through the {@link EventInbox}, which binds the event's tenant and
 * begins the handler's transaction inside it. {@link #runInTenant(Runnable)} remains for platform code that needs
 * the tenant without the inbox (the event feed); a transaction begun outside it, such as the one a plain
 * {@code @ApplicationModuleListener} begins, does not belong to the event's tenant.
 */
public interface TenantScopedEvent {

    /** 全国地方公共団体コード of the tenant whose data changed. */
    String tenantCode();

    /** Runs {@code work} with the event's tenant bound. */
    default void runInTenant(Runnable work) {
        TenantContext.runAs(tenantCode(), work);
    }
}
