package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.web.api.HouseholdsApi;
import jp.kikan.residentregistry.web.api.ResidentsApi;
import jp.kikan.residentregistry.web.model.Address;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.PageMetadata;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** 住民の検索・照会 and 世帯の照会. Every read is audited with the subject. */
@RestController
class ResidentQueryController implements ResidentsApi, HouseholdsApi {

    private final ResidentRecords residents;
    private final AuditLog audit;

    ResidentQueryController(ResidentRecords residents, AuditLog audit) {
        this.residents = residents;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<ResidentPage> searchResidents(
            String tenantCode,
            @Nullable String shimei,
            @Nullable LocalDate seinengappi,
            @Nullable String setaibango,
            Integer page,
            Integer size) {
        String name = shimei == null || shimei.isBlank() ? null : SearchNormalizer.normalize(shimei);
        Page<ResidentRecord> found = residents.search(name, seinengappi, setaibango, PageRequest.of(page, size));
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                "住民の検索",
                null,
                "SEARCH",
                AuditEntry.Outcome.SUCCESS,
                "criteria=" + (name != null ? "shimei " : "") + (seinengappi != null ? "seinengappi " : "")
                        + (setaibango != null ? "setaibango " : "") + "hits=" + found.getTotalElements()));
        return ResponseEntity.ok(new ResidentPage(
                found.getContent().stream().map(ResidentQueryController::toApi).toList(),
                new PageMetadata(page, size, found.getTotalElements(), found.getTotalPages())));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Resident> getResident(String tenantCode, String atenabango) {
        ResidentRecord record = residents
                .findCurrent(atenabango)
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。"));
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", atenabango, "READ"));
        return ResponseEntity.ok(toApi(record));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Household> getHousehold(String tenantCode, String setaibango) {
        List<ResidentRecord> members = residents.findCurrentMembers(setaibango);
        ResidentRecord head = members.stream()
                .filter(ResidentRecord::setainushi)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。"));
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "世帯の照会", "setai:" + setaibango, "READ"));
        return ResponseEntity.ok(new Household(
                setaibango,
                head.atenabango(),
                members.stream().map(ResidentQueryController::toApi).toList()));
    }

    private static Resident toApi(ResidentRecord r) {
        Address jusho = new Address()
                .jushoShikuchosonkodo(r.jushoShikuchosonkodo())
                .jushoChoazakodo(r.jushoChoazakodo())
                .jushoTodofuken(r.jushoTodofuken())
                .jushoShikugunchosonmei(r.jushoShikugunchosonmei())
                .jushoChoaza(r.jushoChoaza())
                .jushoBanchigohyoki(r.jushoBanchigohyoki())
                .jushoKatagaki(r.jushoKatagaki());
        return new Resident(
                        r.atenabango(),
                        new PersonName(r.shimei()).shimeiFurigana(r.shimeiFurigana()),
                        r.seinengappi(),
                        Resident.SeibetsuEnum.fromValue(r.seibetsu()),
                        r.setaibango(),
                        r.zokugara(),
                        jusho)
                .setainushi(r.setainushi())
                .juminninattaYmd(r.juminninattaYmd());
    }
}
