package jp.kikan.platform.internal.audit;

import java.time.OffsetDateTime;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.web.api.AuditApi;
import jp.kikan.platform.web.model.AuditChainVerification;
import jp.kikan.platform.web.model.AuditRecordPage;
import jp.kikan.platform.web.model.PageMetadata;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' view of the audit log. Reading the log is itself recorded. */
@RestController
class AuditController implements AuditApi {

    private final AuditQueries queries;
    private final AuditLog audit;
    private final AuditSealer sealer;
    private final AuditAnchors anchors;

    AuditController(AuditQueries queries, AuditLog audit, AuditSealer sealer, AuditAnchors anchors) {
        this.queries = queries;
        this.audit = audit;
        this.sealer = sealer;
        this.anchors = anchors;
    }

    @Override
    public ResponseEntity<AuditRecordPage> listAuditRecords(
            String tenantCode,
            @Nullable String subject,
            @Nullable String actor,
            @Nullable String business,
            @Nullable String operation,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to,
            Integer page,
            Integer size) {
        sealer.sealForAuditor(tenantCode); // the auditor sees every record committed so far
        AuditQueries.Page result = queries.find(
                new AuditQueries.Criteria(tenantCode, subject, actor, business, operation, from, to), page, size);
        audit.record(AuditEntry.success(Business.PLATFORM, "監査ログの照会", subject, "AUDIT_READ"));
        int totalPages = (int) ((result.total() + size - 1) / size);
        return ResponseEntity.ok(
                new AuditRecordPage(result.items(), new PageMetadata(page, size, result.total(), totalPages)));
    }

    @Override
    public ResponseEntity<AuditChainVerification> verifyAuditChain(String tenantCode) {
        sealer.sealForAuditor(tenantCode);
        // What was committed meanwhile is the unsealed tail; the anchor is read before the chain, so any head the
        // chain has by then is at or beyond it.
        var anchor = anchors.latest(tenantCode);
        var tail = sealer.backlog(tenantCode);
        AuditChainVerification result = queries.verify(tenantCode, tail, anchor);
        audit.record(AuditEntry.success(Business.PLATFORM, "監査ログの改ざん検証", null, "AUDIT_VERIFY"));
        return ResponseEntity.ok(result);
    }
}
