package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 転出確定: the person left the municipality; the 住民票 was removed (消除) from the 異動日.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 */
public record ResidentMovedOut(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango)
        implements ResidentRegistryEvent {}
