package jp.kikan.migration.internal;

import java.io.IOException;
import java.nio.file.Path;
import jp.kikan.migration.core.loader.LoadFailedException;
import jp.kikan.migration.core.report.ReconciliationException;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.loader.LoadingSink;
import jp.kikan.migration.web.api.ImportsApi;
import jp.kikan.migration.web.model.ImportRequest;
import jp.kikan.platform.http.CommitsInSteps;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * データ移行 through the API: the folder is named relative to the deployment's migration inbox ({@code
 * kikan.migration.inbox}), so that a request can read nothing else on the server. The import runs while the request
 * waits and answers the run report.
 */
@RestController
@CommitsInSteps // batch by batch on the loader's threads; a re-run stores nothing twice
class MigrationImportController implements ImportsApi {

    private static final Logger log = LoggerFactory.getLogger(MigrationImportController.class);

    private final MigrationImports imports;
    private final @Nullable Path inbox;

    MigrationImportController(MigrationImports imports, @Value("${kikan.migration.inbox:}") String inbox) {
        this.imports = imports;
        this.inbox = inbox.isBlank() ? null : Path.of(inbox).toAbsolutePath().normalize();
    }

    @Override
    public ResponseEntity<RunReport> importLegacySet(String tenantCode, String idempotencyKey, ImportRequest request) {
        Path root = inbox;
        if (root == null) {
            throw ProblemException.unprocessable(
                    "inbox-not-configured", "移行用の受入フォルダ（kikan.migration.inbox）が設定されていないため、API では移行できません。");
        }
        Path folder = root.resolve(request.getFolder()).normalize();
        if (!folder.startsWith(root) || folder.equals(root)) {
            throw ProblemException.unprocessable(
                    "folder-outside-inbox",
                    "フォルダは移行用の受入フォルダの中を相対パスで指定してください。",
                    new InvalidParam("folder", "outside-inbox", "受入フォルダの外です。"));
        }
        ImportRequest.EncodingEnum encoding = request.getEncoding();
        Integer batchSize = request.getBatchSize();
        Integer parallelBatches = request.getParallelBatches();
        MigrationImports.Request run = new MigrationImports.Request(
                tenantCode,
                folder,
                SourceEncoding.of(encoding == null ? "UTF-8" : encoding.getValue()),
                request.getRunName(),
                batchSize == null ? LoadingSink.DEFAULT_BATCH_SIZE : batchSize,
                parallelBatches == null ? LoadingSink.DEFAULT_PARALLEL_BATCHES : parallelBatches);
        try {
            return ResponseEntity.ok(imports.run(run, ProgressListener.NONE));
        } catch (ImportRefusedException e) {
            int status =
                    switch (e.code()) {
                        case "import-running" -> 409;
                        case "unknown-tenant" -> 404;
                        case "validation-failed" -> 400;
                        default -> 422;
                    };
            throw new ProblemException(status, e.code(), e.getMessage() == null ? "" : e.getMessage());
        } catch (LoadFailedException e) {
            log.error("データ移行 failed at batch {}", e.batchId(), e);
            throw new ProblemException(
                    500, "load-failed", "バッチ " + e.batchId() + " を格納できませんでした。それより前のバッチは格納済みです。同じ移行名で再実行すると続きから格納します。");
        } catch (ReconciliationException e) {
            log.error("データ移行 did not reconcile: {}", e.getMessage());
            throw new ProblemException(500, "reconciliation-failed", "移行の件数が一致しません（システムの不具合です）。");
        } catch (IOException e) {
            throw new ProblemException(422, "folder-not-found", "移行データのファイルを読み取れません: " + e.getMessage());
        }
    }
}
