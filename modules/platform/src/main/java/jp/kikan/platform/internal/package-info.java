/** The platform's Spring configuration: asynchronous listeners and housekeeping jobs. Internal to the platform. */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.internal;
