package jp.kikan.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/** A listener for the event outbox tests: fails on the first delivery of events whose id says so. */
@TestConfiguration(proxyBeanMethods = false)
class TestEventListeners {

    /** A test event. */
    record Ping(String tenantCode, String id) implements jp.kikan.platform.events.TenantScopedEvent {}

    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    static class PingListener {
        @ApplicationModuleListener
        void on(Ping ping) {
            int attempt = ATTEMPTS.computeIfAbsent(ping.id(), k -> new AtomicInteger())
                    .incrementAndGet();
            if (ping.id().startsWith("fail-once") && attempt == 1) {
                throw new IllegalStateException("simulated failure of a consumer");
            }
        }
    }

    @Bean
    PingListener pingListener() {
        return new PingListener();
    }
}
