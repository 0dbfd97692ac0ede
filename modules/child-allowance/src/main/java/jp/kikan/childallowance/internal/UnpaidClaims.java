package jp.kikan.childallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 未支払請求 (児童手当法 第12条): after the 受給者's death, a child of the 受給資格 claims the months not yet paid; a run
 * holds them until the 請求 and then pays them to the 請求者.
 */
@Service
class UnpaidClaims {

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;

    UnpaidClaims(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Transactional
    Entitlement claim(UUID id, String claimant, LocalDate date, @Nullable String ifMatch) {
        Entitlement e = lifecycle.lock(id, ifMatch);
        if (!e.endedByDeath()) {
            throw Refusal.of(
                    "recipient-not-deceased",
                    "seikyusha_atenabango",
                    "未支払の児童手当は受給者の死亡により消滅した受給資格についてのみ請求できます（児童手当法 第12条）。");
        }
        if (e.unpaidClaimant() != null) {
            throw Refusal.of("already-claimed", "seikyusha_atenabango", "未支払の児童手当は既に請求されています。");
        }
        if (e.children().stream().noneMatch(c -> c.atenabango().equals(claimant))) {
            throw Refusal.of(
                    "not-a-child-of-entitlement",
                    "seikyusha_atenabango",
                    "未支払の児童手当を請求できるのは、この受給資格の児童であつた者です（児童手当法 第12条）。");
        }
        e.claimUnpaid(claimant, date, CurrentStaff.actor(), Instant.now());
        lifecycle.audited(e, "未支払の児童手当の請求");
        return e;
    }
}
