package jp.kikan.migration.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.core.report.ReconciliationException;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.loader.LoadingSink;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.RegistryImport;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: checks the request, validates the legacy set and hands the accepted records to the loader, which
 * stores them batch by batch for the tenant; returns the reconciled report. Used by the API and the command line. One
 * run at a time per tenant and run name.
 */
@Service
public class MigrationImports {

    /** A run name: letters, digits, dot, underscore, hyphen; at most 48 so that a batch id fits 64 characters. */
    static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");

    /**
     * What to import.
     *
     * @param batchSize       persons per batch (one transaction each)
     * @param parallelBatches batches stored at the same time, each on its own connection
     */
    public record Request(
            String tenant, Path folder, SourceEncoding encoding, String run, int batchSize, int parallelBatches) {

        /** With {@link LoadingSink#DEFAULT_PARALLEL_BATCHES} batches at a time. */
        public Request(String tenant, Path folder, SourceEncoding encoding, String run, int batchSize) {
            this(tenant, folder, encoding, run, batchSize, LoadingSink.DEFAULT_PARALLEL_BATCHES);
        }
    }

    private final TenantDirectory tenants;
    private final RegistryImport registry;
    private final NonResidentImport addressees;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    MigrationImports(
            TenantDirectory tenants,
            RegistryImport registry,
            NonResidentImport addressees,
            PlatformTransactionManager transactions,
            AuditLog audit) {
        this.tenants = tenants;
        this.registry = registry;
        this.addressees = addressees;
        this.transactions = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /**
     * Imports the set.
     *
     * @throws ImportRefusedException when the import cannot start (unknown tenant, no folder, no files, bad tables,
     *     the same run already running)
     * @throws ReconciliationException when the counts do not add up (a bug; carries the report)
     * @throws jp.kikan.migration.core.loader.LoadFailedException when a batch could not be stored (those before it are)
     */
    public RunReport run(Request request, ProgressListener progress) throws IOException {
        if (tenants.find(request.tenant()).isEmpty()) {
            throw new ImportRefusedException("unknown-tenant", "団体コード " + request.tenant() + " の団体は登録されていません。");
        }
        if (!RUN_NAME.matcher(request.run()).matches()) {
            throw new ImportRefusedException("validation-failed", "移行名は英数字で始まる 48 文字以内の英数字・「.」「_」「-」で指定してください。");
        }
        Path folder = request.folder();
        if (!Files.isDirectory(folder)) {
            throw new ImportRefusedException("folder-not-found", "フォルダ " + folder.getFileName() + " がありません。");
        }
        LegacySet set = LegacySet.open(folder, request.encoding());
        if (set.files().isEmpty()) {
            throw new ImportRefusedException(
                    "no-legacy-files", "フォルダ " + folder.getFileName() + " に移行データのファイル（jumin.csv など）がありません。");
        }
        MigrationValidator validator;
        CodeLists codes;
        try {
            codes = CodeLists.standard();
            Path legacyCodes = folder.resolve("legacy-codes.tsv");
            if (Files.isRegularFile(legacyCodes)) {
                codes = codes.withLegacyCodes(legacyCodes);
            }
            Path gaijiFile = folder.resolve("gaiji.tsv");
            GaijiTable gaiji = Files.isRegularFile(gaijiFile) ? GaijiTable.load(gaijiFile) : GaijiTable.empty();
            validator = new MigrationValidator(ItemCatalogue.standard(), codes, gaiji);
        } catch (IllegalArgumentException e) {
            throw new ImportRefusedException("invalid-table", "外字対応表またはコード対応表に誤りがあります: " + e.getMessage());
        }
        String key = request.tenant() + "/" + request.run();
        if (!running.add(key)) {
            throw new ImportRefusedException("import-running", "移行名 " + request.run() + " の移行を実行中です。終わってから再実行してください。");
        }
        boolean ended = false;
        try (LoadingSink sink = new LoadingSink(
                new TransactionalBatchStore(
                        request.tenant(), transactions, registry, addressees, SecurityContextHolder.getContext()),
                request.run(),
                request.batchSize(),
                request.parallelBatches(),
                codes)) {
            RunReport validated = validator.validate(set, Instant.now(), sink, progress);
            RunReport report = validated.complete()
                    ? sink.finish().report(validated, request.tenant(), request.run(), request.batchSize())
                    : validated;
            if (validated.complete()) {
                registry.refreshStatistics();
                addressees.refreshStatistics();
            }
            ended = true;
            audit(request, report);
            if (!report.reconciled()) {
                throw new ReconciliationException("格納後の件数が一致しません（読込 = 受入 + 不受理、受入 = 今回格納 + 格納済み）", report);
            }
            return report;
        } finally {
            running.remove(key);
            if (!ended) {
                TenantContext.runAs(
                        request.tenant(),
                        () -> audit.record(new AuditEntry(
                                Business.RESIDENT_REGISTRY,
                                "データ移行",
                                null,
                                "IMPORT",
                                AuditEntry.Outcome.FAILED,
                                "run=" + request.run() + " folder=" + folder.getFileName())));
            }
        }
    }

    private void audit(Request request, RunReport report) {
        TenantContext.runAs(
                request.tenant(),
                () -> audit.record(new AuditEntry(
                        Business.RESIDENT_REGISTRY,
                        "データ移行",
                        null,
                        "IMPORT",
                        AuditEntry.Outcome.SUCCESS,
                        "run=" + request.run() + " folder=" + request.folder().getFileName() + " read="
                                + report.totals().read() + " accepted="
                                + report.totals().accepted() + " rejected="
                                + report.totals().rejected())));
    }
}
