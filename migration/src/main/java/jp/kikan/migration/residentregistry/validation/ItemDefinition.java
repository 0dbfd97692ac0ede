package jp.kikan.migration.residentregistry.validation;

import java.util.List;
import jp.kikan.migration.core.validation.ItemType;
import jp.kikan.migration.core.validation.Rule;
import jp.kikan.migration.residentregistry.model.DataGroup;
import org.jspecify.annotations.Nullable;

/**
 * One data item of a group, as {@code items.tsv} defines it.
 *
 * @param name         romaji name as the standard writes it (the CSV header), e.g. {@code seinengappi}
 * @param aliases      other header names accepted for it
 * @param japaneseName e.g. 生年月日
 * @param maxLength    桁数: maximum length in characters (digits for 9)
 * @param required     必須
 * @param condition    for 条件付き必須, when it is required; null otherwise
 * @param codeList     the Kikan code list the value must belong to, or null
 * @param verified     true when the item was seen in the 基本データリスト (V), false for Kikan's provisional items (K)
 */
public record ItemDefinition(
        DataGroup group,
        String name,
        List<String> aliases,
        String japaneseName,
        ItemType type,
        int maxLength,
        boolean required,
        @Nullable Condition condition,
        @Nullable String codeList,
        Rule rule,
        boolean verified,
        String note) {

    public ItemDefinition {
        aliases = List.copyOf(aliases);
    }
}
