package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.residentregistry.ChangeReason;
import org.jspecify.annotations.Nullable;

/** What one 異動 recorded: its id, reason and date, the late-notification flag and the new versions. */
record IdoOutcome(
        UUID idoId,
        ChangeReason reason,
        LocalDate idoYmd,
        boolean late,
        @Nullable String setaibango,
        List<ResidentRecord> versions) {}
