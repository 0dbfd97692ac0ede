package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.events.SupportMeasureChanged;
import jp.kikan.residentregistry.web.api.SupportMeasuresApi;
import jp.kikan.residentregistry.web.model.SupportMeasureRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** DV等支援措置: recorded by the staff in charge; the restriction travels to every business in an event. */
@RestController
class SupportMeasureController implements SupportMeasuresApi {

    private final SupportMeasures measures;
    private final ResidentRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SupportMeasureController(
            SupportMeasures measures, ResidentRecords records, AuditLog audit, ApplicationEventPublisher events) {
        this.measures = measures;
        this.records = records;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<jp.kikan.residentregistry.web.model.SupportMeasure>> listSupportMeasures(
            String tenantCode, String atenabango) {
        requirePerson(atenabango);
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の照会", atenabango, "READ"));
        return ResponseEntity.ok(measures.ofPerson(atenabango).stream()
                .map(SupportMeasureController::toApi)
                .toList());
    }

    @Override
    @Transactional
    public ResponseEntity<jp.kikan.residentregistry.web.model.SupportMeasure> startSupportMeasure(
            String tenantCode, String atenabango, String idempotencyKey, SupportMeasureRequest request) {
        Inputs in = new Inputs();
        LocalDate start = in.date("kaishi_ymd", request.getKaishiYmd());
        LocalDate end = in.date("shuryo_ymd", request.getShuryoYmd());
        in.check();
        if (start == null) {
            throw new IllegalStateException("kaishi_ymd checked above");
        }
        if (end != null && end.isBefore(start)) {
            throw Timeline.unprocessable("end-before-start", "shuryo_ymd", "終了日が開始日より前です。");
        }
        ResidentRecord person = requirePerson(atenabango);
        Instant now = Instant.now();
        SupportMeasure measure = measures.save(
                new SupportMeasure(atenabango, request.getKubun().getValue(), start, end, now, CurrentStaff.actor()));
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の開始", atenabango, "CREATE"));
        boolean inForce = measure.inForceOn(LocalDate.now(Timeline.JAPAN));
        events.publishEvent(new SupportMeasureChanged(
                UUID.randomUUID(),
                TenantContext.require(),
                now,
                start,
                inForce,
                measure.id,
                atenabango,
                person.setaibango));
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(measure));
    }

    private ResidentRecord requirePerson(String atenabango) {
        return records.findCurrent(atenabango)
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。"));
    }

    private static jp.kikan.residentregistry.web.model.SupportMeasure toApi(SupportMeasure m) {
        jp.kikan.residentregistry.web.model.SupportMeasure out = new jp.kikan.residentregistry.web.model.SupportMeasure(
                m.id,
                m.atenabango,
                jp.kikan.residentregistry.web.model.SupportMeasure.KubunEnum.fromValue(m.kubun),
                m.kaishiYmd,
                m.inForceOn(LocalDate.now(Timeline.JAPAN)));
        out.shuryoYmd(m.shuryoYmd);
        return out;
    }
}
