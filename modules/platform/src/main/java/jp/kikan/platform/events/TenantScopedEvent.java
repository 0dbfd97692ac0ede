package jp.kikan.platform.events;

import jp.kikan.platform.tenant.TenantContext;

/**
 * A domain event about one tenant's data. Every published event implements it, because listeners run after
 * commit on another thread, without the publisher's tenant: a listener handles the event inside
 * {@link #runInTenant(Runnable)} so that its reads and writes are isolated to the event's tenant.
 *
 * <p>The work must begin its own transaction inside {@code runInTenant} (a {@code REQUIRES_NEW} service method): the
 * transaction that {@code @ApplicationModuleListener} opens is begun before the tenant is bound, so its Hibernate
 * session and connection do not belong to the event's tenant.
 */
public interface TenantScopedEvent {

    /** 全国地方公共団体コード of the tenant whose data changed. */
    String tenantCode();

    /** Runs {@code work} with the event's tenant bound. */
    default void runInTenant(Runnable work) {
        TenantContext.runAs(tenantCode(), work);
    }
}
