package jp.kikan.migration.residentregistry.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.migration.core.dates.LegacyDateParser;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.Normalisation;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.reader.SourceRecord;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.text.TextCleaner;
import jp.kikan.migration.core.text.TextIssue;
import jp.kikan.migration.core.validation.CheckedRecord;
import jp.kikan.migration.core.validation.Rule;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.platform.identifier.AddresseeNumber;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The per-record checks: each defined item by its type, length, rule and code list, then 必須 and 条件付き必須, then
 * the few rules within one record (世帯主フラグ against 続柄). Values become typed ({@code String}, {@link
 * jp.kikan.migration.core.dates.LegacyDate}, {@link CodeValue}, {@link MyNumber}, {@link ResidentCode}, {@link
 * LocalGovernmentCode}, {@code Integer}). An item with undecodable bytes is not checked further: the reading problem
 * says it all.
 */
public final class RecordValidator {

    /** How a file's columns map to a group's items. */
    public static final class Binding {
        private final DataGroup group;
        private final List<ItemDefinition> items;
        private final int[] columns;
        private final List<Integer> extraColumns;
        private final List<String> notices;
        private final TextCleaner cleaner;

        private Binding(
                DataGroup group,
                List<ItemDefinition> items,
                int[] columns,
                List<Integer> extraColumns,
                List<String> notices,
                TextCleaner cleaner) {
            this.group = group;
            this.items = items;
            this.columns = columns;
            this.extraColumns = extraColumns;
            this.notices = notices;
            this.cleaner = cleaner;
        }

        public DataGroup group() {
            return group;
        }

        /** Japanese notices about the file's columns (unknown columns kept as extras, missing items, duplicates). */
        public List<String> notices() {
            return notices;
        }
    }

    private static final Object ABSENT = new Object();

    private final ItemCatalogue catalogue;
    private final CodeLists codes;
    private final GaijiTable gaiji;

    public RecordValidator(ItemCatalogue catalogue, CodeLists codes, GaijiTable gaiji) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.gaiji = gaiji;
    }

    public Binding bind(DataGroup group, SourceEncoding encoding, List<String> names) {
        List<ItemDefinition> items = catalogue.items(group);
        int[] columns = new int[items.size()];
        java.util.Arrays.fill(columns, -1);
        List<Integer> extras = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            Optional<ItemDefinition> item = catalogue.item(group, names.get(c));
            if (item.isEmpty()) {
                extras.add(c);
                notices.add("未定義の項目「" + names.get(c) + "」はそのまま引き渡します（検査なし）");
                continue;
            }
            int index = items.indexOf(item.get());
            if (columns[index] >= 0) {
                extras.add(c);
                notices.add("項目「" + names.get(c) + "」が重複しています。最初の列を使い、この列はそのまま引き渡します");
                continue;
            }
            columns[index] = c;
        }
        for (int i = 0; i < items.size(); i++) {
            if (columns[i] < 0) {
                ItemDefinition item = items.get(i);
                notices.add("項目「" + item.name() + "」（" + item.japaneseName() + "）の列がありません"
                        + (item.required() ? "（必須項目のため全レコードが不受理になります）" : ""));
            }
        }
        return new Binding(
                group, items, columns, List.copyOf(extras), List.copyOf(notices), new TextCleaner(gaiji, encoding));
    }

    public CheckedRecord check(Binding binding, SourceRecord record) {
        SourceRef source = record.source();
        List<Problem> problems = new ArrayList<>(record.problems());
        Set<String> defective = new HashSet<>();
        for (Problem p : record.problems()) {
            defective.add(p.field());
        }
        Map<String, Object> values = new HashMap<>();
        Set<String> failed = new HashSet<>();
        EnumMap<Normalisation, Integer> normalisations = new EnumMap<>(Normalisation.class);
        for (int i = 0; i < binding.items.size(); i++) {
            ItemDefinition item = binding.items.get(i);
            int column = binding.columns[i];
            if (column < 0) {
                continue;
            }
            if (defective.contains(record.name(column))) {
                failed.add(item.name());
                continue;
            }
            String raw = record.value(column);
            if (raw.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Object value = value(binding, item, raw, source, problems, normalisations);
            if (problems.size() > before) {
                failed.add(item.name());
            } else if (value != ABSENT) {
                values.put(item.name(), value);
            }
        }
        for (ItemDefinition item : binding.items) {
            if (values.containsKey(item.name()) || failed.contains(item.name())) {
                continue;
            }
            Condition condition = item.condition();
            if (item.required()) {
                problems.add(problem(source, item, "required", "必須の項目が記載されていません"));
            } else if (condition != null && holds(condition, values, failed)) {
                problems.add(problem(source, item, "required", condition.description() + "の場合は必須の項目が記載されていません"));
            }
        }
        if (binding.group == DataGroup.JUMIN) {
            checkHeadFlag(binding, values, source, problems);
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (int column : binding.extraColumns) {
            extras.put(record.name(column), record.value(column));
        }
        return new CheckedRecord(source, values, problems, extras, normalisations);
    }

    private Object value(
            Binding binding,
            ItemDefinition item,
            String raw,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        return switch (item.type()) {
            case DATE -> date(item, raw, source, problems, normalisations);
            case NUMBER -> number(binding, item, raw, source, problems, normalisations);
            case N -> {
                String full = text(binding, item, raw, true, source, problems, normalisations);
                yield full == null ? ABSENT : full;
            }
            case X -> {
                String listId = item.codeList();
                if (listId != null) {
                    yield code(binding, item, listId, raw, source, problems, normalisations);
                }
                String text = text(binding, item, raw, false, source, problems, normalisations);
                yield text == null ? ABSENT : rule(item, text, source, problems, normalisations);
            }
        };
    }

    private static Object date(
            ItemDefinition item,
            String raw,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        if (LegacyDateParser.isZeroFilled(raw)) {
            normalisations.merge(Normalisation.ZERO_DATE_BLANK, 1, Integer::sum);
            return ABSENT;
        }
        try {
            return LegacyDateParser.parse(raw, item.rule() == Rule.FUSHO_DATE);
        } catch (InvalidValueException e) {
            problems.add(problem(source, item, e.code(), e.reason() + "（「" + raw + "」）"));
            return ABSENT;
        }
    }

    private @Nullable String text(
            Binding binding,
            ItemDefinition item,
            String raw,
            boolean fullWidth,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        TextCleaner.Cleaned cleaned = binding.cleaner.clean(raw, fullWidth);
        for (TextIssue issue : cleaned.issues()) {
            problems.add(problem(source, item, issue.code(), issue.message()));
        }
        if (!cleaned.issues().isEmpty()) {
            return null;
        }
        int length = TextCleaner.length(cleaned.value());
        if (length > item.maxLength()) {
            problems.add(problem(source, item, "too-long", item.maxLength() + "文字を超えています（" + length + "文字）"));
            return null;
        }
        for (Normalisation n : cleaned.applied()) {
            normalisations.merge(n, 1, Integer::sum);
        }
        return cleaned.value();
    }

    private Object number(
            Binding binding,
            ItemDefinition item,
            String raw,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        String text = text(binding, item, raw, false, source, problems, normalisations);
        if (text == null) {
            return ABSENT;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(problem(source, item, "format", "半角数字で記載してください（「" + text + "」）"));
            return ABSENT;
        }
        return Integer.valueOf(text);
    }

    private Object code(
            Binding binding,
            ItemDefinition item,
            String listId,
            String raw,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        Optional<CodeLists.Resolved> resolved = codes.resolve(listId, raw);
        if (resolved.isEmpty()) {
            TextCleaner.Cleaned narrowed = binding.cleaner.clean(raw, false);
            if (narrowed.issues().isEmpty() && !narrowed.value().equals(raw)) {
                resolved = codes.resolve(listId, narrowed.value());
                if (resolved.isPresent()) {
                    normalisations.merge(Normalisation.ALNUM_NARROWED, 1, Integer::sum);
                }
            }
        }
        if (resolved.isEmpty()) {
            String printable = raw.codePoints().allMatch(cp -> !Character.isISOControl(cp)) ? raw : "?";
            problems.add(problem(
                    source,
                    item,
                    "unknown-code",
                    "「" + printable + "」は" + item.japaneseName() + "のコード一覧にありません"
                            + (codes.hasLegacyCodes(listId) ? "（旧システムのコード対応表にもありません）" : "")));
            return ABSENT;
        }
        if (resolved.get().mapped()) {
            normalisations.merge(Normalisation.CODE_MAPPED, 1, Integer::sum);
        }
        return resolved.get().value();
    }

    private Object rule(
            ItemDefinition item,
            String text,
            SourceRef source,
            List<Problem> problems,
            EnumMap<Normalisation, Integer> normalisations) {
        try {
            return switch (item.rule()) {
                case ADDRESSEE_NUMBER -> AddresseeNumber.of(text).value();
                case ALNUM -> {
                    if (!SearchNormalizer.isHalfWidthAlnum(text)) {
                        throw new InvalidValueException("format", "半角英数字で記載してください");
                    }
                    yield text;
                }
                case MY_NUMBER -> MyNumber.of(text);
                case RESIDENT_CODE -> ResidentCode.of(text);
                case LOCAL_GOVERNMENT_CODE -> {
                    if (text.length() == 5) {
                        LocalGovernmentCode code = LocalGovernmentCode.fromFiveDigits(text);
                        normalisations.merge(Normalisation.LG_CODE_COMPLETED, 1, Integer::sum);
                        yield code;
                    }
                    yield LocalGovernmentCode.of(text);
                }
                case DIGITS -> {
                    if (text.length() != item.maxLength() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                        throw new InvalidValueException("format", item.maxLength() + "桁の半角数字で記載してください（「" + text + "」）");
                    }
                    yield text;
                }
                case NONE, FUSHO_DATE -> text;
            };
        } catch (InvalidValueException e) {
            problems.add(problem(source, item, e.code(), e.reason()));
            return ABSENT;
        }
    }

    private boolean holds(Condition condition, Map<String, Object> values, Set<String> failed) {
        return switch (condition) {
            case FOREIGNER -> values.get("jumin_shubetsu") instanceof CodeValue c && "2".equals(c.code());
            case NOTIFICATION ->
                values.get("idojiyu") instanceof CodeValue c
                        && codes.list("idojiyu")
                                .byCode(c.code())
                                .map(e -> "todokede".equals(e.category()))
                                .orElse(false);
            case DOMESTIC -> !values.containsKey("jusho_kokumeikodo") && !failed.contains("jusho_kokumeikodo");
            case OVERSEAS -> values.containsKey("jusho_kokumeikodo");
        };
    }

    private void checkHeadFlag(Binding binding, Map<String, Object> values, SourceRef source, List<Problem> problems) {
        if (values.get("setainushifuragu") instanceof CodeValue flag
                && values.get("zokugara") instanceof CodeValue zokugara
                && "1".equals(flag.code()) != "01".equals(zokugara.code())) {
            ItemDefinition item = catalogue.get(binding.group, "setainushifuragu");
            problems.add(problem(
                    source, item, "setainushi-mismatch", "世帯主フラグ（" + flag.code() + "）と続柄（" + zokugara + "）が一致しません"));
        }
    }

    static Problem problem(SourceRef source, ItemDefinition item, String code, String reason) {
        String message = reason.startsWith(item.japaneseName()) ? reason : item.japaneseName() + "：" + reason;
        return new Problem(source.file(), source.line(), item.name(), code, message);
    }
}
