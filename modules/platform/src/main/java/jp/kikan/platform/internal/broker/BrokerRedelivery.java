package jp.kikan.platform.internal.broker;

import java.time.Duration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again, while the application runs, the events the broker did not confirm (unreachable, refused, no
 * confirmation in time): Spring Modulith resubmits the externalizer's failed publications once they are {@code
 * kikan.events.amqp.retry-after} old. Other listeners' failed publications are left as they were (resubmitted at the
 * next start, as before). A restart resubmits every incomplete publication anyway.
 */
class BrokerRedelivery {

    private static final String EXTERNALIZER = EventExternalizerModuleListener.class.getName();

    private final FailedEventPublications failed;
    private final Duration retryAfter;

    BrokerRedelivery(FailedEventPublications failed, Duration retryAfter) {
        this.failed = failed;
        this.retryAfter = retryAfter;
    }

    @Scheduled(
            initialDelayString = "${kikan.events.amqp.retry-after:PT30S}",
            fixedDelayString = "${kikan.events.amqp.retry-after:PT30S}")
    void resubmit() {
        failed.resubmit(
                ResubmissionOptions.defaults().withMinAge(retryAfter).withFilter(BrokerRedelivery::isExternalization));
    }

    static boolean isExternalization(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(EXTERNALIZER);
    }
}
