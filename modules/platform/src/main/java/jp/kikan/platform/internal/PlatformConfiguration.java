package jp.kikan.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every Kikan application needs from Spring besides auto-configuration: asynchronous event listeners
 * ({@code @ApplicationModuleListener}) and the platform's housekeeping jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class PlatformConfiguration {}
