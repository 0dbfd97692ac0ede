package jp.kikan.migration.residentregistry.loader;

import java.util.HashMap;
import java.util.Map;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.validation.CodeList;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.residentregistry.ChangeReason;

/**
 * The resident registry's 異動事由 of each Kikan 異動事由 code of a history row, from the {@code registry} column of the
 * code lists ({@code code-lists.tsv}). 婚姻, 離婚, 養子縁組 and the other 戸籍届出 become 職権修正 (the registry records
 * them as corrections made on the 戸籍 notice), 転出取消 becomes 回復; the legacy reason is kept as the version's
 * 修正事由 (see {@link VersionBuilder}).
 */
final class ChangeReasons {

    private final Map<String, ChangeReason> byCode = new HashMap<>();

    ChangeReasons(CodeLists codes) {
        for (CodeList.Entry e : codes.list("idojiyu").entries().values()) {
            if (!e.registry().isEmpty()) {
                byCode.put(
                        e.code(),
                        ChangeReason.byCode(e.registry())
                                .orElseThrow(() -> new IllegalStateException("code-lists.tsv: no registry reason "
                                        + e.registry() + " for 異動事由 " + e.code())));
            }
        }
    }

    /** The registry's reason for a history row's 異動事由; {@link ChangeReason#MIGRATION} when the list names none. */
    ChangeReason of(CodeValue idojiyu) {
        return byCode.getOrDefault(idojiyu.code(), ChangeReason.MIGRATION);
    }
}
