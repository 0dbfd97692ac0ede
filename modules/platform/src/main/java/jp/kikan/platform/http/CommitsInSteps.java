package jp.kikan.platform.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller operation that commits its work in several transactions of its own, on threads of its own (a
 * データ移行 stores batch by batch and is re-runnable by design). Every other idempotent POST runs in one transaction
 * that also holds its {@code Idempotency-Key}'s record, so a crash leaves the key either replayable or free; for an
 * operation marked so the key's record is kept in transactions of its own before and after it, and a crash in
 * between leaves the key refused (409) until it expires, while a re-run with a new key stores nothing twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CommitsInSteps {}
