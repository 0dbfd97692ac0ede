package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.events.SupportMeasureChanged;
import jp.kikan.residentregistry.web.api.SupportMeasuresApi;
import jp.kikan.residentregistry.web.model.SupportMeasureRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * DV等支援措置: recorded by the staff in charge, with the 併せて支援を求める者 named in the 申出; the restriction of each
 * of them travels to every business in an event.
 */
@RestController
class SupportMeasureController implements SupportMeasuresApi {

    private final SupportMeasures measures;
    private final SupportMeasurePersons persons;
    private final ResidentRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SupportMeasureController(
            SupportMeasures measures,
            SupportMeasurePersons persons,
            ResidentRecords records,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.measures = measures;
        this.persons = persons;
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
        List<SupportMeasure> found = measures.ofPerson(atenabango);
        Map<UUID, List<SupportMeasurePerson>> named = found.isEmpty()
                ? Map.of()
                : persons.ofMeasures(found.stream().map(m -> m.id).toList()).stream()
                        .collect(Collectors.groupingBy(p -> p.measureId));
        return ResponseEntity.ok(found.stream()
                .map(m -> toApi(m, named.getOrDefault(m.id, List.of())))
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
        List<ResidentRecord> accompanying = accompanying(atenabango, request.getAwaseteShienAtenabango());
        Instant now = Instant.now();
        SupportMeasure measure = measures.save(
                new SupportMeasure(atenabango, request.getKubun().getValue(), start, end, now, CurrentStaff.actor()));
        List<SupportMeasurePerson> named = persons.saveAll(accompanying.stream()
                .map(r -> new SupportMeasurePerson(measure.id, r.atenabango))
                .toList());
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の開始", atenabango, "CREATE"));
        boolean inForce = measure.inForceOn(LocalDate.now(Timeline.JAPAN));
        List<ResidentRecord> restricted = new ArrayList<>();
        restricted.add(person);
        restricted.addAll(accompanying);
        for (ResidentRecord r : restricted) {
            if (r != person) {
                audit.record(
                        AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の開始（併せて支援を求める者）", r.atenabango, "CREATE"));
            }
            events.publishEvent(new SupportMeasureChanged(
                    EventEnvelope.of(now, start, inForce), measure.id, r.atenabango, r.setaibango));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(measure, named));
    }

    /** The 併せて支援を求める者 of a 申出, each in the registry and not the applicant; repeats count once. */
    private List<ResidentRecord> accompanying(String applicant, @Nullable List<String> numbers) {
        if (numbers == null) {
            return List.of();
        }
        Map<String, ResidentRecord> out = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            String a = numbers.get(i).strip();
            String field = "awasete_shien_atenabango[" + i + "]";
            if (a.equals(applicant)) {
                throw Timeline.unprocessable("applicant-named-again", field, "申出者本人を併せて支援を求める者に含めることはできません。");
            }
            ResidentRecord r = records.findCurrent(a)
                    .orElseThrow(() -> Timeline.unprocessable(
                            "not-in-registry", field, "宛名番号「" + a + "」の住民は見つかりません（併せて支援を求める者）。"));
            out.putIfAbsent(a, r);
        }
        return List.copyOf(out.values());
    }

    private ResidentRecord requirePerson(String atenabango) {
        return records.findCurrent(atenabango)
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。"));
    }

    private static jp.kikan.residentregistry.web.model.SupportMeasure toApi(
            SupportMeasure m, List<SupportMeasurePerson> named) {
        jp.kikan.residentregistry.web.model.SupportMeasure out = new jp.kikan.residentregistry.web.model.SupportMeasure(
                m.id,
                m.atenabango,
                jp.kikan.residentregistry.web.model.SupportMeasure.KubunEnum.fromValue(m.kubun),
                m.kaishiYmd,
                m.inForceOn(LocalDate.now(Timeline.JAPAN)),
                named.stream().map(p -> p.atenabango).toList());
        out.shuryoYmd(m.shuryoYmd);
        return out;
    }
}
