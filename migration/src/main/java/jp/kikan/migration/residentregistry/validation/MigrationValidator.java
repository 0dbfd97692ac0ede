package jp.kikan.migration.residentregistry.validation;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jp.kikan.migration.core.model.Normalisation;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.reader.MalformedFileException;
import jp.kikan.migration.core.reader.RecordReader;
import jp.kikan.migration.core.report.FileReport;
import jp.kikan.migration.core.report.ReconciliationException;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.core.report.RejectionProblem;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.validation.CheckedReader;
import jp.kikan.migration.core.validation.CheckedRecord;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.reader.LegacyFile;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import org.jspecify.annotations.Nullable;

/**
 * A validation run over a {@link LegacySet}.
 *
 * <p>First pass: every file in the run's order (世帯, 住民, 住登外者, 異動履歴) is read once, each record checked
 * ({@link RecordValidator}) and registered in the cross-record indexes; then the checks between records and the
 * rejection of dependants ({@link CrossRecordChecks}). Second pass, only when a {@link LegacyRecordSink} is given and
 * every file was read to its end: the files are read again and the accepted records handed on as typed records: 世帯,
 * then 住登外者, then each 住民 followed by its own 異動履歴 rows (the 住民 and 異動履歴 files are read side by side; a
 * history row that comes before its resident's turn is held until then), each file in line order. Memory holds the
 * indexes, not the records: a history file in the residents' order (as legacy exports are: by 宛名番号 or household)
 * holds no rows at all, one in another order (say by date) holds the rows read ahead of their resident.
 *
 * <p>The report reconciles three independent counts per file — records read, records accepted (the final statuses)
 * and records rejected (the distinct lines with problems) — and, with a sink, the records handed on. If they do not
 * add up the run throws {@link ReconciliationException}.
 */
public final class MigrationValidator {

    private static final int PROGRESS_EVERY = 16_384;

    /** Chunks of records read and being checked ahead of the thread that consumes them. */
    private static final int CHUNKS_AHEAD = 8;

    private final RecordValidator records;
    private final CodeLists codes;
    private final GaijiTable gaiji;

    public MigrationValidator(ItemCatalogue catalogue, CodeLists codes, GaijiTable gaiji) {
        this.records = new RecordValidator(catalogue, codes, gaiji);
        this.codes = codes;
        this.gaiji = gaiji;
    }

    /**
     * Validates the set and, with a sink, hands the accepted records on.
     *
     * @param sink receives the accepted records; null for a validation-only run (one pass)
     * @throws ReconciliationException when the counts do not add up (carries the report)
     */
    public RunReport validate(
            LegacySet set, Instant startedAt, @Nullable LegacyRecordSink sink, ProgressListener progress)
            throws IOException {
        Set<DataGroup> present = set.files().stream().map(LegacyFile::group).collect(Collectors.toSet());
        CrossRecordChecks cross = new CrossRecordChecks(present);
        long bytesTotal = set.totalBytes() * (sink == null ? 1 : 2);
        Progress counter = new Progress(progress, bytesTotal);
        Map<LegacyFile, Tally> tallies = new LinkedHashMap<>();
        ExecutorService pool = checkers();
        try {
            for (LegacyFile file : set.files()) {
                tallies.put(file, check(file, cross, counter, pool));
            }
            cross.resolve();
            boolean complete = tallies.values().stream().allMatch(t -> t.error == null);
            if (sink != null && complete) {
                emitAll(set, cross, tallies, sink, counter, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        RunReport report = report(set, startedAt, cross, tallies);
        if (!report.reconciled()) {
            throw new ReconciliationException("件数が一致しません（読込 = 受入 + 不受理、引渡し = 受入）: " + mismatches(report), report);
        }
        return report;
    }

    private static final class Tally {
        long read;
        long emptyLines;

        @Nullable
        Long emitted;

        @Nullable
        String error;

        final List<String> notices = new ArrayList<>();
        final EnumMap<Normalisation, Long> normalisations = new EnumMap<>(Normalisation.class);
    }

    /** The threads that check records (one per core), ahead of the thread that reads and cross-checks them. */
    private static ExecutorService checkers() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "migration-check-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private Tally check(LegacyFile file, CrossRecordChecks cross, Progress progress, ExecutorService pool)
            throws IOException {
        Tally tally = new Tally();
        RecordReader reader = null;
        try {
            reader = file.open();
            RecordValidator.Binding binding = records.bind(file.group(), file.encoding(), reader.itemNames());
            tally.notices.addAll(binding.notices());
            for (Problem p : reader.fileProblems()) {
                tally.notices.add(p.line() + "行目: " + p.message());
            }
            String name = file.name();
            CheckedReader checkedReader = new CheckedReader(reader, r -> records.check(binding, r), pool, CHUNKS_AHEAD);
            CheckedReader.Checked next;
            while ((next = checkedReader.next()) != null) {
                tally.read++;
                CheckedRecord checked = next.checked();
                checked.normalisations().forEach((n, count) -> tally.normalisations.merge(n, (long) count, Long::sum));
                cross.add(file.group(), name, checked);
                progress.record("check", name, checkedReader.bytesRead());
            }
            tally.emptyLines = reader.emptyLines();
        } catch (MalformedFileException e) {
            tally.error = e.getMessage() + "（" + tally.read + " 件まで読みました）";
        } finally {
            if (reader != null) {
                progress.fileDone(reader.fileName(), reader.bytesRead());
                reader.close();
            }
        }
        return tally;
    }

    /** Hands the accepted records on: 世帯, 住登外者, then each 住民 with its 異動履歴 rows. */
    private void emitAll(
            LegacySet set,
            CrossRecordChecks cross,
            Map<LegacyFile, Tally> tallies,
            LegacyRecordSink sink,
            Progress progress,
            ExecutorService pool)
            throws IOException {
        Map<DataGroup, LegacyFile> byGroup = new EnumMap<>(DataGroup.class);
        set.files().forEach(f -> byGroup.put(f.group(), f));
        LegacyFile jumin = byGroup.get(DataGroup.JUMIN);
        LegacyFile history = byGroup.get(DataGroup.IDORIREKI);
        for (DataGroup group : List.of(DataGroup.SETAI, DataGroup.JUTOGAISHA, DataGroup.JUMIN, DataGroup.IDORIREKI)) {
            LegacyFile file = byGroup.get(group);
            if (file == null || (group == DataGroup.IDORIREKI && jumin != null)) {
                continue;
            }
            Tally tally = Objects.requireNonNull(tallies.get(file));
            if (group == DataGroup.JUMIN && history != null) {
                long[] emitted = emitPersons(file, history, cross, sink, progress, pool);
                tally.emitted = emitted[0];
                Objects.requireNonNull(tallies.get(history)).emitted = emitted[1];
            } else {
                tally.emitted = emit(file, cross.rejected(group), sink, progress, pool);
            }
        }
    }

    private long emit(LegacyFile file, BitSet rejected, LegacyRecordSink sink, Progress progress, ExecutorService pool)
            throws IOException {
        long emitted = 0;
        try (RecordReader reader = file.open()) {
            RecordValidator.Binding binding = records.bind(file.group(), file.encoding(), reader.itemNames());
            CheckedReader checkedReader = new CheckedReader(reader, r -> records.check(binding, r), pool, CHUNKS_AHEAD);
            CheckedReader.Checked next;
            int ordinal = 0;
            while ((next = checkedReader.next()) != null) {
                if (!rejected.get(ordinal++)) {
                    CheckedRecord checked = passedAgain(next);
                    switch (file.group()) {
                        case SETAI -> sink.household(TypedRecords.household(checked));
                        case JUMIN -> sink.resident(TypedRecords.resident(checked));
                        case JUTOGAISHA -> sink.nonResident(TypedRecords.nonResident(checked));
                        case IDORIREKI -> sink.history(TypedRecords.history(checked));
                    }
                    emitted++;
                }
                progress.record("emit", reader.fileName(), checkedReader.bytesRead());
            }
            progress.fileDone(reader.fileName(), reader.bytesRead());
        }
        return emitted;
    }

    /**
     * Reads the 住民 and 異動履歴 files side by side and hands on each accepted resident followed by its accepted
     * history rows in file order. The first pass knows each history row's resident, hence the last row of each
     * resident: the history file is read up to it before the resident is handed on.
     *
     * @return residents and history rows handed on
     */
    private long[] emitPersons(
            LegacyFile juminFile,
            LegacyFile historyFile,
            CrossRecordChecks cross,
            LegacyRecordSink sink,
            Progress progress,
            ExecutorService pool)
            throws IOException {
        BitSet residentRejected = cross.rejected(DataGroup.JUMIN);
        BitSet historyRejected = cross.rejected(DataGroup.IDORIREKI);
        int[] lastRow = new int[cross.size(DataGroup.JUMIN)];
        java.util.Arrays.fill(lastRow, -1);
        for (int r = 0; r < cross.size(DataGroup.IDORIREKI); r++) {
            int p = cross.historyResident(r);
            if (p >= 0 && !historyRejected.get(r)) {
                lastRow[p] = r;
            }
        }
        long residents = 0;
        long rows = 0;
        Map<Integer, List<LegacyHistoryRow>> held = new HashMap<>();
        try (RecordReader people = juminFile.open();
                RecordReader history = historyFile.open()) {
            RecordValidator.Binding personBinding =
                    records.bind(DataGroup.JUMIN, juminFile.encoding(), people.itemNames());
            RecordValidator.Binding rowBinding =
                    records.bind(DataGroup.IDORIREKI, historyFile.encoding(), history.itemNames());
            CheckedReader checkedPeople =
                    new CheckedReader(people, r -> records.check(personBinding, r), pool, CHUNKS_AHEAD);
            CheckedReader checkedHistory =
                    new CheckedReader(history, r -> records.check(rowBinding, r), pool, CHUNKS_AHEAD);
            int next = 0;
            int ordinal = 0;
            CheckedReader.Checked person;
            while ((person = checkedPeople.next()) != null) {
                int p = ordinal++;
                if (!residentRejected.get(p)) {
                    LegacyResident resident = TypedRecords.resident(passedAgain(person));
                    while (next <= lastRow[p]) {
                        CheckedReader.Checked row =
                                Objects.requireNonNull(checkedHistory.next(), "history file shorter than before");
                        int r = next++;
                        if (!historyRejected.get(r)) {
                            held.computeIfAbsent(cross.historyResident(r), k -> new ArrayList<>(2))
                                    .add(TypedRecords.history(passedAgain(row)));
                        }
                    }
                    sink.resident(resident);
                    residents++;
                    List<LegacyHistoryRow> own = held.remove(p);
                    if (own != null) {
                        for (LegacyHistoryRow row : own) {
                            sink.history(row);
                            rows++;
                        }
                    }
                }
                progress.record("emit", people.fileName(), checkedPeople.bytesRead() + checkedHistory.bytesRead());
            }
            while (checkedHistory.next() != null) {
                progress.record("emit", history.fileName(), people.bytesRead() + checkedHistory.bytesRead());
            }
            if (!held.isEmpty()) {
                throw new IllegalStateException("history rows of no resident handed on: " + held.keySet());
            }
            progress.fileDone(history.fileName(), people.bytesRead() + history.bytesRead());
        }
        return new long[] {residents, rows};
    }

    /** The second pass checks an accepted record again (to type it); it must pass again. */
    private static CheckedRecord passedAgain(CheckedReader.Checked record) {
        if (!record.checked().passed()) {
            throw new IllegalStateException(
                    "second pass disagrees on " + record.source().source());
        }
        return record.checked();
    }

    private RunReport report(
            LegacySet set, Instant startedAt, CrossRecordChecks cross, Map<LegacyFile, Tally> tallies) {
        Map<String, Map<Long, List<Problem>>> byFileAndLine = new HashMap<>();
        for (Problem p : cross.problems()) {
            byFileAndLine
                    .computeIfAbsent(p.file(), f -> new HashMap<>())
                    .computeIfAbsent(p.line(), l -> new ArrayList<>())
                    .add(p);
        }
        List<Rejection> rejections = new ArrayList<>();
        List<FileReport> files = new ArrayList<>();
        for (Map.Entry<LegacyFile, Tally> entry : tallies.entrySet()) {
            LegacyFile file = entry.getKey();
            Tally tally = entry.getValue();
            Map<Long, List<Problem>> byLine = byFileAndLine.getOrDefault(file.name(), Map.of());
            TreeMap<String, Long> reasons = new TreeMap<>();
            long duplicates = 0;
            for (Map.Entry<Long, List<Problem>> line : byLine.entrySet()) {
                List<RejectionProblem> problems = line.getValue().stream()
                        .sorted(Comparator.comparing(Problem::field)
                                .thenComparing(Problem::code)
                                .thenComparing(Problem::message))
                        .map(p -> new RejectionProblem(p.field(), p.code(), p.message()))
                        .distinct()
                        .toList();
                rejections.add(new Rejection(file.name(), line.getKey(), problems));
                Set<String> codesOfRecord =
                        problems.stream().map(RejectionProblem::code).collect(Collectors.toSet());
                codesOfRecord.forEach(c -> reasons.merge(c, 1L, Long::sum));
                if (codesOfRecord.contains("duplicate-key") || codesOfRecord.contains("duplicate-suspected")) {
                    duplicates++;
                }
            }
            int registered = cross.size(file.group());
            long accepted = (long) registered - cross.rejected(file.group()).cardinality();
            TreeMap<String, Long> normalisations = new TreeMap<>();
            tally.normalisations.forEach((n, count) -> normalisations.put(n.code(), count));
            files.add(new FileReport(
                    file.name(),
                    file.group().id(),
                    file.format(),
                    file.encoding().label(),
                    file.layoutName(),
                    tally.read,
                    accepted,
                    byLine.size(),
                    duplicates,
                    tally.emptyLines,
                    tally.emitted,
                    null,
                    reasons,
                    normalisations,
                    tally.notices,
                    tally.error));
        }
        return RunReport.of(startedAt.toString(), set.folder().getFileName().toString(), files, notes(), rejections);
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("続柄・異動事由などのコードは Kikan の暫定コード一覧によります（公式のコード一覧での確認が必要です）。");
        notes.add("項目名（ローマ字）・型・桁数のうち基本データリストで確認できていないものがあります（items.tsv の source 列が K のもの）。");
        notes.add("住民票コードは形式（11桁の数字）のみ検査し、検査数字は検査していません（算式の告示が未確認のため）。");
        notes.add("外字対応表: " + gaiji.size() + " 文字。");
        List<String> mapped = codes.ids().stream().filter(codes::hasLegacyCodes).toList();
        notes.add("旧システムのコード対応表: " + (mapped.isEmpty() ? "なし" : String.join("、", mapped)) + "。");
        return notes;
    }

    private static String mismatches(RunReport report) {
        return report.files().stream()
                .filter(f -> !f.reconciled())
                .map(f -> f.file() + "（読込 " + f.read() + "、受入 " + f.accepted() + "、不受理 " + f.rejected() + "、引渡し "
                        + f.emitted() + "）")
                .collect(Collectors.joining("、"));
    }

    /** Counts records and bytes over files and passes for the listener. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long bytesTotal;
        private long records;
        private long bytesBefore;

        Progress(ProgressListener listener, long bytesTotal) {
            this.listener = listener;
            this.bytesTotal = bytesTotal;
        }

        /** One more record; {@code bytesInFile} read so far in the file (or files) being read. */
        void record(String phase, String file, long bytesInFile) {
            if (++records % PROGRESS_EVERY == 0) {
                listener.progress(phase, file, records, bytesBefore + bytesInFile, bytesTotal);
            }
        }

        void fileDone(String file, long bytesInFile) {
            bytesBefore += bytesInFile;
            listener.progress("file", file, records, bytesBefore, bytesTotal);
        }
    }
}
