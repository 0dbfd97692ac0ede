package jp.kikan.migration.residentregistry.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.validation.CheckedRecord;
import jp.kikan.migration.core.validation.KeyIndex;
import jp.kikan.migration.core.validation.LongIntMap;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;

/**
 * The checks between records, over compact indexes of the whole set (a few tens of bytes per record, never the records
 * themselves):
 *
 * <ul>
 *   <li>duplicates: the same 宛名番号 twice (also between 住民 and 住登外者, whose pools must not overlap), the same
 *       個人番号 or 住民票コード twice, the same 世帯番号 twice, the same 宛名番号 + 履歴番号 twice ({@code
 *       duplicate-key}); the same normalised name, birth date and address with different 宛名番号 ({@code
 *       duplicate-suspected}). Every occurrence is rejected: the run cannot know which one is right;
 *   <li>references: a resident's 世帯 must exist ({@code household-missing}); a household's 世帯主 must be a resident of
 *       that household with 続柄 01 ({@code household-head-missing}, {@code household-head-mismatch}), and a resident
 *       with 続柄 01 must be the 世帯主 of their household ({@code head-mismatch}); a history row's resident must exist
 *       ({@code person-missing});
 *   <li>dependants: a household whose 世帯主 is rejected is rejected ({@code household-head-rejected}); the members of
 *       a rejected household and the history rows of a rejected resident are rejected ({@code parent-rejected}). A
 *       record already rejected for its own problems gets no such second reason.
 * </ul>
 *
 * A reference check runs only when the file it refers to is part of the set.
 */
final class CrossRecordChecks {

    private static final int NON_RESIDENT = 1 << 28;
    private static final long NO_HEAD = -1;
    private static final long TEXT_HEAD = -2;
    private static final int ORDINAL_MASK = NON_RESIDENT - 1;

    /** The records of one file: line per ordinal and which are rejected. */
    private static final class Table {
        final String file;
        long[] lines = new long[1024];
        int size;
        final BitSet rejected = new BitSet();

        Table(String file) {
            this.file = file;
        }

        int add(long line, boolean rejectedByItself) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
            }
            lines[size] = line;
            if (rejectedByItself) {
                rejected.set(size);
            }
            return size++;
        }
    }

    private final Set<DataGroup> present;
    private final Map<DataGroup, Table> tables = new EnumMap<>(DataGroup.class);
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> flaggedDuplicates = new HashSet<>();

    private final KeyIndex households = new KeyIndex();
    /** Each household's 世帯主 as {@link KeyIndex#encode(String)}, or {@link #NO_HEAD} / {@link #TEXT_HEAD}. */
    private long[] householdHeads = new long[1024];

    private final Map<Integer, String> textHeads = new HashMap<>();
    private int[] householdHeadOrdinal = new int[0];

    private final KeyIndex atenabango = new KeyIndex();
    private final LongIntMap myNumbers = new LongIntMap();
    private final LongIntMap residentCodes = new LongIntMap();
    private final LongIntMap signatures = new LongIntMap();
    private int[] residentHousehold = new int[1024];
    private final BitSet residentIsHead = new BitSet();

    private int[] historyResident = new int[1024];
    private final LongIntMap historyKeys = new LongIntMap();

    CrossRecordChecks(Set<DataGroup> present) {
        this.present = Set.copyOf(present);
    }

    /** Registers a checked record of {@code group} read from {@code file}; returns its ordinal in the file. */
    int add(DataGroup group, String file, CheckedRecord record) {
        Table table = tables.computeIfAbsent(group, g -> new Table(file));
        problems.addAll(record.problems());
        int ordinal = table.add(record.source().line(), !record.passed());
        switch (group) {
            case SETAI -> addHousehold(ordinal, record);
            case JUMIN, JUTOGAISHA -> addPerson(group, ordinal, record);
            case IDORIREKI -> addHistory(ordinal, record);
        }
        return ordinal;
    }

    private void addHousehold(int ordinal, CheckedRecord record) {
        String key = record.text("setaibango");
        if (key != null) {
            int first = households.putIfAbsent(key, ordinal);
            if (first >= 0) {
                duplicate(DataGroup.SETAI, first, DataGroup.SETAI, ordinal, "setaibango", "世帯番号");
            }
        }
        if (ordinal == householdHeads.length) {
            householdHeads = Arrays.copyOf(householdHeads, ordinal * 2);
        }
        String head = record.text("setainushi_atenabango");
        long encoded = head == null ? NO_HEAD : KeyIndex.encode(head);
        if (head != null && encoded < 0) {
            encoded = TEXT_HEAD;
            textHeads.put(ordinal, head);
        }
        householdHeads[ordinal] = encoded;
    }

    private void addPerson(DataGroup group, int ordinal, CheckedRecord record) {
        String key = record.text("atenabango");
        if (key != null) {
            int first = atenabango.putIfAbsent(key, ref(group, ordinal));
            if (first >= 0) {
                duplicate(groupOf(first), first & ORDINAL_MASK, group, ordinal, "atenabango", "宛名番号");
            }
        }
        MyNumber myNumber = record.typed("kojinbango", MyNumber.class);
        if (myNumber != null) {
            int first = myNumbers.putIfAbsent(Long.parseLong(myNumber.value()), ref(group, ordinal));
            if (first >= 0) {
                duplicate(groupOf(first), first & ORDINAL_MASK, group, ordinal, "kojinbango", "個人番号");
            }
        }
        ResidentCode residentCode = record.typed("juminhyokodo", ResidentCode.class);
        if (residentCode != null) {
            int first = residentCodes.putIfAbsent(Long.parseLong(residentCode.value()), ref(group, ordinal));
            if (first >= 0) {
                duplicate(groupOf(first), first & ORDINAL_MASK, group, ordinal, "juminhyokodo", "住民票コード");
            }
        }
        String shimei = record.text("shimei");
        LegacyDate birth = record.date("seinengappi");
        if (record.passed() && shimei != null && birth != null) {
            long hash = PersonSignature.hash(shimei, birth, address(record));
            int first = signatures.putIfAbsent(hash, ref(group, ordinal));
            if (first >= 0) {
                suspectedDuplicate(groupOf(first), first & ORDINAL_MASK, group, ordinal);
            }
        }
        if (group == DataGroup.JUMIN) {
            if (ordinal == residentHousehold.length) {
                residentHousehold = Arrays.copyOf(residentHousehold, ordinal * 2);
            }
            residentHousehold[ordinal] = -1;
            String setaibango = record.text("setaibango");
            if (setaibango != null && present.contains(DataGroup.SETAI)) {
                int household = households.get(setaibango);
                if (household < 0) {
                    own(DataGroup.JUMIN, ordinal, "setaibango", "household-missing", "世帯番号：世帯ファイルにこの世帯番号の世帯がありません");
                } else {
                    residentHousehold[ordinal] = household;
                }
            }
            CodeValue zokugara = record.code("zokugara");
            if (zokugara != null && "01".equals(zokugara.code())) {
                residentIsHead.set(ordinal);
            }
        }
    }

    private void addHistory(int ordinal, CheckedRecord record) {
        if (ordinal == historyResident.length) {
            historyResident = Arrays.copyOf(historyResident, ordinal * 2);
        }
        historyResident[ordinal] = -1;
        String key = record.text("atenabango");
        if (key == null || !present.contains(DataGroup.JUMIN)) {
            return;
        }
        int ref = atenabango.get(key);
        if (ref < 0 || groupOf(ref) != DataGroup.JUMIN) {
            own(
                    DataGroup.IDORIREKI,
                    ordinal,
                    "atenabango",
                    "person-missing",
                    ref < 0 ? "住民宛名番号：住民ファイルにこの宛名番号の住民がありません" : "住民宛名番号：住登外者の宛名番号です（異動履歴は住民のものに限ります）");
            return;
        }
        int resident = ref & ORDINAL_MASK;
        historyResident[ordinal] = resident;
        Object number = record.value("rirekibango");
        if (number instanceof Integer n) {
            int first = historyKeys.putIfAbsent(((long) resident << 20) | n, ordinal);
            if (first >= 0) {
                duplicate(DataGroup.IDORIREKI, first, DataGroup.IDORIREKI, ordinal, "rirekibango", "宛名番号と履歴番号の組");
            }
        }
    }

    /** Runs the checks that need the whole set, then rejects dependants. Call once, after the last record. */
    void resolve() {
        Table setai = tables.get(DataGroup.SETAI);
        Table jumin = tables.get(DataGroup.JUMIN);
        if (setai != null && jumin != null) {
            householdHeadOrdinal = new int[setai.size];
            Arrays.fill(householdHeadOrdinal, -1);
            for (int h = 0; h < setai.size; h++) {
                checkHead(h, jumin);
            }
            for (int p = residentIsHead.nextSetBit(0); p >= 0; p = residentIsHead.nextSetBit(p + 1)) {
                int h = residentHousehold[p];
                if (h >= 0 && householdHeadOrdinal[h] >= 0 && householdHeadOrdinal[h] != p) {
                    own(
                            DataGroup.JUMIN,
                            p,
                            "zokugara",
                            "head-mismatch",
                            "続柄：世帯主ですが、世帯ファイルの世帯主（" + jumin.lines[householdHeadOrdinal[h]] + "行目）は別の住民です");
                }
            }
            BitSet headOwnRejected = (BitSet) jumin.rejected.clone();
            for (int h = 0; h < setai.size; h++) {
                int head = householdHeadOrdinal[h];
                if (!setai.rejected.get(h) && head >= 0 && headOwnRejected.get(head)) {
                    own(
                            DataGroup.SETAI,
                            h,
                            "setainushi_atenabango",
                            "household-head-rejected",
                            "世帯主（住民ファイル " + jumin.lines[head] + "行目）が受け入れられないため、この世帯も受け入れません");
                }
            }
            for (int p = 0; p < jumin.size; p++) {
                int h = residentHousehold[p];
                if (!jumin.rejected.get(p) && h >= 0 && setai.rejected.get(h)) {
                    own(
                            DataGroup.JUMIN,
                            p,
                            "setaibango",
                            "parent-rejected",
                            "世帯（世帯ファイル " + setai.lines[h] + "行目）が受け入れられないため、この世帯員も受け入れません");
                }
            }
        }
        Table idorireki = tables.get(DataGroup.IDORIREKI);
        if (idorireki != null && jumin != null) {
            for (int r = 0; r < idorireki.size; r++) {
                int p = historyResident[r];
                if (!idorireki.rejected.get(r) && p >= 0 && jumin.rejected.get(p)) {
                    own(
                            DataGroup.IDORIREKI,
                            r,
                            "atenabango",
                            "parent-rejected",
                            "住民（住民ファイル " + jumin.lines[p] + "行目）が受け入れられないため、この異動履歴も受け入れません");
                }
            }
        }
    }

    private void checkHead(int h, Table jumin) {
        long head = householdHeads[h];
        if (head == NO_HEAD) {
            return;
        }
        int ref = head == TEXT_HEAD ? atenabango.get(Objects.requireNonNull(textHeads.get(h))) : atenabango.get(head);
        if (ref < 0 || groupOf(ref) != DataGroup.JUMIN) {
            own(
                    DataGroup.SETAI,
                    h,
                    "setainushi_atenabango",
                    "household-head-missing",
                    "世帯主の住民宛名番号：住民ファイルにこの宛名番号の住民がありません");
            return;
        }
        int p = ref & ORDINAL_MASK;
        householdHeadOrdinal[h] = p;
        if (residentHousehold[p] != h) {
            own(
                    DataGroup.SETAI,
                    h,
                    "setainushi_atenabango",
                    "household-head-mismatch",
                    "世帯主（住民ファイル " + jumin.lines[p] + "行目）はこの世帯の世帯員ではありません");
        } else if (!residentIsHead.get(p)) {
            own(
                    DataGroup.SETAI,
                    h,
                    "setainushi_atenabango",
                    "household-head-mismatch",
                    "世帯主（住民ファイル " + jumin.lines[p] + "行目）の続柄が世帯主（01）ではありません");
        }
    }

    /** Every problem found, own and between records, in no particular order. */
    List<Problem> problems() {
        return problems;
    }

    /** The rejected ordinals of a group's file (after {@link #resolve()}). */
    BitSet rejected(DataGroup group) {
        Table t = tables.get(group);
        return t == null ? new BitSet() : t.rejected;
    }

    /** The resident (its ordinal in the 住民 file) of a history row, or -1 when it has none. */
    int historyResident(int ordinal) {
        return historyResident[ordinal];
    }

    /** Records registered for a group. */
    int size(DataGroup group) {
        Table t = tables.get(group);
        return t == null ? 0 : t.size;
    }

    private void duplicate(DataGroup firstGroup, int first, DataGroup group, int ordinal, String field, String label) {
        Table a = table(firstGroup);
        Table b = table(group);
        if (flaggedDuplicates.add(a.file + ":" + first + ":" + field)) {
            own(
                    firstGroup,
                    first,
                    field,
                    "duplicate-key",
                    label + "が " + place(b, group, firstGroup) + b.lines[ordinal] + "行目と重複しています");
        }
        flaggedDuplicates.add(b.file + ":" + ordinal + ":" + field);
        own(
                group,
                ordinal,
                field,
                "duplicate-key",
                label + "が " + place(a, firstGroup, group) + a.lines[first] + "行目と重複しています");
    }

    private void suspectedDuplicate(DataGroup firstGroup, int first, DataGroup group, int ordinal) {
        Table a = table(firstGroup);
        Table b = table(group);
        String what = "氏名・生年月日・住所が ";
        if (flaggedDuplicates.add(a.file + ":" + first + ":signature")) {
            own(
                    firstGroup,
                    first,
                    "shimei",
                    "duplicate-suspected",
                    what + place(b, group, firstGroup) + b.lines[ordinal] + "行目と同じです（同一人の重複登録の疑い）");
        }
        flaggedDuplicates.add(b.file + ":" + ordinal + ":signature");
        own(
                group,
                ordinal,
                "shimei",
                "duplicate-suspected",
                what + place(a, firstGroup, group) + a.lines[first] + "行目と同じです（同一人の重複登録の疑い）");
    }

    private static String place(Table other, DataGroup otherGroup, DataGroup here) {
        return otherGroup == here ? "" : other.file + " ";
    }

    private void own(DataGroup group, int ordinal, String field, String code, String message) {
        Table t = table(group);
        t.rejected.set(ordinal);
        problems.add(new Problem(t.file, t.lines[ordinal], field, code, message));
    }

    private Table table(DataGroup group) {
        Table t = tables.get(group);
        if (t == null) {
            throw new IllegalStateException("no records of " + group);
        }
        return t;
    }

    /** A person's reference: the ordinal, with a flag for the 住登外者 file. */
    private static int ref(DataGroup group, int ordinal) {
        if (ordinal > ORDINAL_MASK) {
            throw new IllegalStateException("more than " + ORDINAL_MASK + " records in one file");
        }
        return group == DataGroup.JUTOGAISHA ? ordinal | NON_RESIDENT : ordinal;
    }

    private static DataGroup groupOf(int ref) {
        return (ref & NON_RESIDENT) != 0 ? DataGroup.JUTOGAISHA : DataGroup.JUMIN;
    }

    private static String address(CheckedRecord r) {
        return PersonSignature.address(
                r.asText("jusho_shikuchosonkodo"),
                r.asText("jusho_choaza"),
                r.asText("jusho_banchigohyoki"),
                r.asText("jusho_katagaki"),
                r.asText("jusho_kokumeikodo"),
                r.asText("jusho_kokugaijusho"));
    }
}
