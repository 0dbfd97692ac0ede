package jp.kikan.benefit.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.residentregistry.ResidentRegistry;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * The resident registry as a benefit law reads it: persons as of the dates that matter (請求日, the month of a payment), as
 * known now, through the registry's published facade (which records each read in the audit log).
 */
@Component
public class Residents {

    private final ResidentRegistry registry;

    public Residents(ResidentRegistry registry) {
        this.registry = registry;
    }

    /** The person on {@code date}, as known now; removed persons (除票) too. */
    public Optional<ResidentSnapshot> on(String atenabango, LocalDate date) {
        return registry.find(atenabango, date, Instant.now());
    }

    /** The person as recorded now (the current version, removed or not). */
    public Optional<ResidentSnapshot> now(String atenabango) {
        return registry.findCurrent(atenabango);
    }

    /** A resident (not removed) on {@code date}, or 422 naming {@code field}. */
    public ResidentSnapshot resident(String field, String atenabango, LocalDate date) {
        ResidentSnapshot person = on(atenabango, date)
                .orElseThrow(() ->
                        Refusal.of("not-in-registry", field, "宛名番号「" + atenabango + "」の住民は" + date + "の住民基本台帳にありません。"));
        if (!person.status().isResident()) {
            throw Refusal.of("not-a-resident", field, "宛名番号「" + atenabango + "」の住民票は" + date + "に消除されています。");
        }
        return person;
    }

    /** The person on {@code date}, removed (除票) or not, or 422 naming {@code field}. */
    public ResidentSnapshot person(String field, String atenabango, LocalDate date) {
        return on(atenabango, date)
                .orElseThrow(() -> Refusal.of("not-in-registry", field, "宛名番号「" + atenabango + "」の者は住民基本台帳にありません。"));
    }

    /** The members of a household on {@code date}. */
    public List<ResidentSnapshot> household(String setaibango, LocalDate date) {
        return registry.household(setaibango, date, Instant.now());
    }

    /** Whether the person is under DV等支援措置 now (their address is withheld everywhere). */
    public boolean restricted(String atenabango) {
        return now(atenabango).map(ResidentSnapshot::restricted).orElse(false);
    }
}
