package jp.kikan.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;

/**
 * A listener to another module's events whose work the {@link EventInbox} runs (イベントの受信): Spring Modulith's
 * {@link ApplicationModuleListener} (asynchronous, after the publisher's commit, its publication kept in the
 * registry until the listener returns), without the transaction that annotation would begin. That transaction
 * would be begun before the event's tenant is bound and would hold a pooled connection of no tenant while the
 * inbox's transaction takes a second one; the inbox begins the one transaction, inside the tenant.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
public @interface InboxListener {}
