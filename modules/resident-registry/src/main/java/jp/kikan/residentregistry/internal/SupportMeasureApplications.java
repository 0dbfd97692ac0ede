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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DV等支援措置の申出 (住民基本台帳事務処理要領 第5-10): recorded by the staff in charge, with the 併せて支援を求める者
 * named in the 申出; the restriction of each of them travels to every business in an event. For the API
 * ({@link SupportMeasureController}) and the screens ({@link SupportMeasureScreens}) alike.
 */
@Service
class SupportMeasureApplications {

    /** A measure with the 併せて支援を求める者 it names. */
    record Named(SupportMeasure measure, List<SupportMeasurePerson> persons) {

        public boolean inForce() {
            return measure.inForceOn(LocalDate.now(Timeline.JAPAN));
        }

        public String kubun() {
            return measure.kubun;
        }

        public LocalDate kaishiYmd() {
            return measure.kaishiYmd;
        }

        public @Nullable LocalDate shuryoYmd() {
            return measure.shuryoYmd;
        }

        public List<String> accompanying() {
            return persons.stream().map(p -> p.atenabango).toList();
        }
    }

    private final SupportMeasures measures;
    private final SupportMeasurePersons persons;
    private final ResidentRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SupportMeasureApplications(
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

    /** The measures the person applied for or is named in, newest first (audited). */
    @Transactional(readOnly = true)
    List<Named> ofPerson(String atenabango) {
        requirePerson(atenabango);
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の照会", atenabango, "READ"));
        List<SupportMeasure> found = measures.ofPerson(atenabango);
        Map<UUID, List<SupportMeasurePerson>> named = found.isEmpty()
                ? Map.of()
                : persons.ofMeasures(found.stream().map(m -> m.id).toList()).stream()
                        .collect(Collectors.groupingBy(p -> p.measureId));
        return found.stream()
                .map(m -> new Named(m, named.getOrDefault(m.id, List.of())))
                .toList();
    }

    /**
     * Starts a measure of {@code kubun} (the contract's code) from {@code kaishiYmd} (ISO or 和暦) to {@code shuryoYmd}
     * (open when null) for {@code atenabango} and the {@code accompanying} persons.
     */
    @Transactional
    Named start(
            String atenabango,
            String kubun,
            @Nullable String kaishiYmd,
            @Nullable String shuryoYmd,
            @Nullable List<String> accompanying) {
        Inputs in = new Inputs();
        LocalDate start = in.date("kaishi_ymd", kaishiYmd);
        LocalDate end = in.date("shuryo_ymd", shuryoYmd);
        if (start == null && (kaishiYmd == null || kaishiYmd.isBlank())) {
            in.fail("kaishi_ymd", "required", "開始日を入力してください。");
        }
        in.check();
        if (start == null) {
            throw new IllegalStateException("kaishi_ymd checked above");
        }
        if (end != null && end.isBefore(start)) {
            throw Timeline.unprocessable("end-before-start", "shuryo_ymd", "終了日が開始日より前です。");
        }
        ResidentRecord person = requirePerson(atenabango);
        List<ResidentRecord> others = accompanying(atenabango, accompanying);
        Instant now = Instant.now();
        SupportMeasure measure =
                measures.save(new SupportMeasure(atenabango, kubun, start, end, now, CurrentStaff.actor()));
        List<SupportMeasurePerson> named = persons.saveAll(others.stream()
                .map(r -> new SupportMeasurePerson(measure.id, r.atenabango))
                .toList());
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の開始", atenabango, "CREATE"));
        boolean inForce = measure.inForceOn(LocalDate.now(Timeline.JAPAN));
        List<ResidentRecord> restricted = new ArrayList<>();
        restricted.add(person);
        restricted.addAll(others);
        for (ResidentRecord r : restricted) {
            if (r != person) {
                audit.record(
                        AuditEntry.success(Business.RESIDENT_REGISTRY, "支援措置の開始（併せて支援を求める者）", r.atenabango, "CREATE"));
            }
            events.publishEvent(new SupportMeasureChanged(
                    EventEnvelope.of(now, start, inForce), measure.id, r.atenabango, r.setaibango));
        }
        return new Named(measure, named);
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
}
