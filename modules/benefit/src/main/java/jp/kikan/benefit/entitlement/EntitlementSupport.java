package jp.kikan.benefit.entitlement;

import jakarta.persistence.EntityManager;
import jp.kikan.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every {@link EntitlementLifecycle} works with besides its law: the registry as the law reads it, the
 * persistence context, the audit log and the event publisher. One bean, so that a law declares its lifecycle as
 * {@code new EntitlementLifecycle<>(law, support)}.
 */
@Component
public class EntitlementSupport {

    final Residents residents;
    final EntityManager entityManager;
    final AuditLog audit;
    final ApplicationEventPublisher events;

    public EntitlementSupport(
            Residents residents, EntityManager entityManager, AuditLog audit, ApplicationEventPublisher events) {
        this.residents = residents;
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
    }
}
