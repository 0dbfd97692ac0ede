package jp.kikan.migration.residentregistry.loader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.core.loader.LoadFailedException;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.report.ImportSummary;
import jp.kikan.migration.core.report.LoadCounts;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.core.report.RejectionProblem;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/**
 * The loader: receives the accepted records of a run ({@link LegacyRecordSink}: 世帯, 住登外者, then each 住民 with its
 * 異動履歴), builds each resident's versions ({@link VersionBuilder}) and each 住登外者's addressee record, and stores
 * them in batches of {@code batchSize} persons, each batch one transaction ({@link BatchStore}) with the batch id
 * {@code <run>/<number>}.
 *
 * <p>Batches are stored on threads of their own, {@code parallelBatches} at a time (each on its own connection and in
 * its own transaction), while the next one is read and built: reading and checking on the application's side overlap
 * with the database's work, and the database's index maintenance, the cost that bounds a bulk load, runs in several
 * backends at once. A failed batch stops the run: the batches before it are committed (and those that were being
 * stored alongside it may be), and the run started again under the same name finds them already stored ({@code
 * unchanged}) and goes on.
 *
 * <p>What the registries refuse (a person already in Kikan, content changed since the run stored it, …) and what the
 * loader cannot store (a birth date whose year is unknown) become rejections of the records concerned: the resident record with the
 * reason, its history rows as {@code parent-rejected}, and the household record of a refused 世帯主 as {@code
 * household-head-refused} (the household's other members are stored: a household is not a record of the registry but
 * the members that carry its number). {@link #report} adds them to the validation's report so that read = accepted +
 * rejected still holds, with accepted = stored now + already stored.
 */
public final class LoadingSink implements LegacyRecordSink, AutoCloseable {

    /** Persons (residents and 住登外者) per batch unless told otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 5000;

    /** Batches stored at the same time unless told otherwise. */
    public static final int DEFAULT_PARALLEL_BATCHES = 2;

    private static final Map<String, String> FIELD_OF_CODE = Map.of(
            "birth-date-fusho", "seinengappi",
            "duplicate-my-number", "kojinbango",
            "address-too-long", "jusho_kokugaijusho");

    private final BatchStore store;
    private final String run;
    private final int batchSize;
    private final int parallelBatches;
    private final VersionBuilder builder;
    private final ExecutorService worker;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    private Batch batch = new Batch(1);
    private @Nullable LegacyResident person;
    private final List<LegacyHistoryRow> personRows = new ArrayList<>();

    /** The household record of each 世帯主, until the head is accounted for. */
    private final Map<String, SourceRef> householdOfHead = new HashMap<>();

    private final Map<String, long[]> stored = new LinkedHashMap<>();
    private final List<Rejection> refusals = new ArrayList<>();
    private int batches;
    private long versionsInserted;
    private long versionsUnchanged;

    /**
     * @param store     stores a batch in one transaction for the run's tenant
     * @param run       the run's name, kept when the import is repeated
     * @param batchSize persons per batch
     * @param codes     the code lists (the 異動事由 mapping)
     */
    public LoadingSink(BatchStore store, String run, int batchSize, CodeLists codes) {
        this(store, run, batchSize, DEFAULT_PARALLEL_BATCHES, codes);
    }

    /**
     * @param store           stores a batch in one transaction for the run's tenant (called from several threads)
     * @param run             the run's name, kept when the import is repeated
     * @param batchSize       persons per batch
     * @param parallelBatches batches stored at the same time (1 = one after the other)
     * @param codes           the code lists (the 異動事由 mapping)
     */
    public LoadingSink(BatchStore store, String run, int batchSize, int parallelBatches, CodeLists codes) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        if (parallelBatches < 1) {
            throw new IllegalArgumentException("parallel batches must be at least 1");
        }
        this.store = store;
        this.run = run;
        this.batchSize = batchSize;
        this.parallelBatches = parallelBatches;
        this.builder = new VersionBuilder(codes);
        AtomicInteger threads = new AtomicInteger();
        // the batches are stored on behalf of whoever runs the import (the staff member of the API request, the
        // operator of the command line): their audit records name them
        this.worker = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(parallelBatches, r -> {
            Thread t = new Thread(r, "migration-load-" + run + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
    }

    @Override
    public void household(LegacyHousehold household) {
        householdOfHead.put(household.setainushiAtenabango(), household.source());
    }

    @Override
    public void nonResident(LegacyNonResident nonResident) {
        VersionBuilder.Refused refused = NonResidentRecords.refusal(nonResident);
        batch.nonResidents.add(new NonResidentEntry(nonResident.atenabango(), nonResident.source(), refused));
        if (refused == null) {
            batch.addressees.add(NonResidentRecords.convert(nonResident));
        }
        flushWhenFull();
    }

    @Override
    public void resident(LegacyResident resident) {
        completePerson();
        flushWhenFull();
        person = resident;
    }

    @Override
    public void history(LegacyHistoryRow row) {
        LegacyResident current = person;
        if (current != null && current.atenabango().equals(row.atenabango())) {
            personRows.add(row);
        } else {
            reject(row.source(), "atenabango", "person-not-in-set", "住民宛名番号：この異動履歴の住民がこの移行データの住民ファイルにないため格納しません");
        }
    }

    /**
     * Stores what is left, waits for every batch and returns what the load did. Call once, after the last record.
     *
     * @throws LoadFailedException when a batch could not be stored (the batches before it are committed)
     */
    public Result finish() {
        completePerson();
        flush();
        while (!inFlight.isEmpty()) {
            drainOne();
        }
        householdOfHead.forEach((head, household) -> reject(
                household,
                "setainushi_atenabango",
                "household-head-not-loaded",
                "世帯主（住民宛名番号 " + head + "）の住民票が格納処理に渡されなかったため、この世帯も格納しません"));
        householdOfHead.clear();
        return new Result(batches, stored, refusals, versionsInserted, versionsUnchanged);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** What the load did: the batches, per file the records stored now and already stored, and the refusals. */
    public record Result(
            int batches,
            Map<String, long[]> stored,
            List<Rejection> refusals,
            long versionsInserted,
            long versionsUnchanged) {

        /** The validation's report with this load: refusals as rejections, the stored counts, the load's notes. */
        public RunReport report(RunReport validated, String tenant, String run, int batchSize) {
            long inserted = 0;
            long unchanged = 0;
            for (long[] counts : stored.values()) {
                inserted += counts[0];
                unchanged += counts[1];
            }
            ImportSummary summary = new ImportSummary(
                    tenant,
                    run,
                    batchSize,
                    batches,
                    new LoadCounts(inserted, unchanged, refusals.size()),
                    versionsInserted,
                    versionsUnchanged);
            return validated.withLoad(summary, stored, refusals, notes());
        }
    }

    /** What the load rests on, for the report. */
    static List<String> notes() {
        return List.of(
                "格納していない項目: 住民の郵便番号・方書フリガナ、住登外者の個人番号、定義外の列（extras）は Kikan に格納先がありません。",
                "住民票の過去の版は異動履歴から組み立てています。異動履歴にない項目（続柄、世帯主、振り仮名、本籍、個人番号、住民票コード、外国人住民の記載事項）は現在の値です。過去の住所は異動履歴の1行の住所を町字・番地号・方書に分けたもので、町字コードは現在と同じ町字の場合に限り付けています。",
                "移行元の異動事由と住民記録の異動事由の対応は code-lists.tsv の registry 列のとおりです（婚姻・離婚などの戸籍届出は職権修正、転出取消は回復とし、移行元の異動事由を修正事由に残しています）。",
                "生年月日が一部不詳の住民は、不詳表記をそのまま記録し、生年月日には補完日（分かっている部分の初日。例：昭和45年不詳 → 1970-01-01）を記録しています（年齢はこの日から数えます）。住登外者も同じです（年も不詳なら生年月日は空欄で不詳表記のみ）。年も不詳の住民は記録できないため格納を拒否しています（birth-date-fusho）。");
    }

    /** A resident of a batch: the records it stands for, and its refusal by the loader if any. */
    private record PersonEntry(
            String atenabango, SourceRef source, List<SourceRef> rows, VersionBuilder.@Nullable Refused refused) {}

    private record NonResidentEntry(String atenabango, SourceRef source, VersionBuilder.@Nullable Refused refused) {}

    private static final class Batch {
        final int number;
        final List<PersonEntry> persons = new ArrayList<>();
        final List<ImportedVersion> versions = new ArrayList<>();
        final List<NonResidentEntry> nonResidents = new ArrayList<>();
        final List<ImportedNonResident> addressees = new ArrayList<>();

        Batch(int number) {
            this.number = number;
        }

        int size() {
            return persons.size() + nonResidents.size();
        }
    }

    private record InFlight(Batch batch, @Nullable Future<BatchStore.Stored> stored) {}

    private void completePerson() {
        LegacyResident resident = person;
        if (resident == null) {
            return;
        }
        List<SourceRef> rows = personRows.stream().map(LegacyHistoryRow::source).toList();
        VersionBuilder.Result built = builder.build(resident, personRows, RegistryImport.batchId(run, batch.number));
        if (built instanceof VersionBuilder.Built b) {
            batch.versions.addAll(b.versions());
            batch.persons.add(new PersonEntry(resident.atenabango(), resident.source(), rows, null));
        } else {
            batch.persons.add(
                    new PersonEntry(resident.atenabango(), resident.source(), rows, (VersionBuilder.Refused) built));
        }
        person = null;
        personRows.clear();
    }

    private void flushWhenFull() {
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        Batch full = batch;
        if (full.size() == 0) {
            return;
        }
        batch = new Batch(full.number + 1);
        Future<BatchStore.Stored> future = full.versions.isEmpty() && full.addressees.isEmpty()
                ? null
                : worker.submit(() -> store.store(
                        RegistryImport.batchId(run, full.number),
                        List.copyOf(full.versions),
                        List.copyOf(full.addressees)));
        inFlight.add(new InFlight(full, future));
        while (inFlight.size() > parallelBatches) {
            drainOne();
        }
    }

    private void drainOne() {
        InFlight next = inFlight.removeFirst();
        BatchStore.Stored result;
        try {
            result = next.stored() == null ? nothingStored() : next.stored().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailedException(RegistryImport.batchId(run, next.batch().number), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LoadFailedException(RegistryImport.batchId(run, next.batch().number), cause == null ? e : cause);
        }
        account(next.batch(), result);
        batches++;
    }

    private static BatchStore.Stored nothingStored() {
        return new BatchStore.Stored(
                new RegistryImport.Outcome(0, 0, List.of(), List.of()),
                new NonResidentImport.Outcome(0, 0, List.of(), List.of()));
    }

    /** Counts each record of the batch as stored now, already stored or refused. */
    private void account(Batch b, BatchStore.Stored result) {
        Map<String, RegistryImport.Refusal> refusedResidents = new HashMap<>();
        result.residents().refused().forEach(r -> refusedResidents.put(r.atenabango(), r));
        Set<String> unchangedResidents = new HashSet<>(result.residents().unchangedPersons());
        for (PersonEntry p : b.persons) {
            VersionBuilder.Refused own = p.refused();
            RegistryImport.Refusal registry = refusedResidents.get(p.atenabango());
            SourceRef household = householdOfHead.remove(p.atenabango());
            String code = own != null ? own.code() : registry != null ? registry.code() : null;
            String message = own != null ? own.message() : registry != null ? registry.reason() : "";
            if (code != null) {
                reject(p.source(), FIELD_OF_CODE.getOrDefault(code, "atenabango"), code, message);
                String where = p.source().file() + " " + p.source().line() + "行目";
                for (SourceRef row : p.rows()) {
                    reject(row, "atenabango", "parent-rejected", "住民（" + where + "）が格納されなかったため、この異動履歴も格納しません");
                }
                if (household != null) {
                    reject(
                            household,
                            "setainushi_atenabango",
                            "household-head-refused",
                            "世帯主（" + where + "）が格納されなかったため、この世帯の受入れを取り消しました（格納できた他の世帯員はそのまま格納されています）");
                }
            } else {
                int kind = unchangedResidents.contains(p.atenabango()) ? 1 : 0;
                count(p.source(), kind);
                p.rows().forEach(row -> count(row, kind));
                if (household != null) {
                    count(household, kind);
                }
            }
        }
        versionsInserted += result.residents().inserted();
        versionsUnchanged += result.residents().unchanged();

        Map<String, NonResidentImport.Refusal> refusedOthers = new HashMap<>();
        result.nonResidents().refused().forEach(r -> refusedOthers.put(r.atenabango(), r));
        Set<String> unchangedOthers = new HashSet<>(result.nonResidents().unchangedPersons());
        for (NonResidentEntry n : b.nonResidents) {
            VersionBuilder.Refused own = n.refused();
            NonResidentImport.Refusal refused = refusedOthers.get(n.atenabango());
            if (own != null) {
                reject(n.source(), FIELD_OF_CODE.getOrDefault(own.code(), "atenabango"), own.code(), own.message());
            } else if (refused != null) {
                reject(n.source(), "atenabango", refused.code(), refused.reason());
            } else {
                count(n.source(), unchangedOthers.contains(n.atenabango()) ? 1 : 0);
            }
        }
    }

    private void count(SourceRef source, int kind) {
        stored.computeIfAbsent(source.file(), f -> new long[2])[kind]++;
    }

    private void reject(SourceRef source, String field, String code, String message) {
        refusals.add(new Rejection(source.file(), source.line(), List.of(new RejectionProblem(field, code, message))));
    }
}
