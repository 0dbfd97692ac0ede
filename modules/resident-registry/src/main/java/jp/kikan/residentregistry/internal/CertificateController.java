package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.MyNumberAccess;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.web.api.CertificatesApi;
import jp.kikan.residentregistry.web.model.CertificateItems;
import jp.kikan.residentregistry.web.model.CertificateRequest;
import jp.kikan.residentregistry.web.model.CertificateRequest.SeikyushaKubunEnum;
import jp.kikan.residentregistry.web.model.CertificateRequest.ShuruiEnum;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * 住民票の写し (帳票 0010001; 世帯連記式 for several members of one household) and 住民票記載事項証明書 as PDF.
 *
 * <p>What the law lets a requester see decides what is printed: 個人番号 and 住民票コード only on the request of the
 * person or a member of the same household (住民基本台帳法 第12条第5項), and only by staff allowed to see 個人番号
 * (the disclosure is audited); 本籍 and 続柄 not on a third party's request (第12条の3第7項 as applied here); nothing
 * of a person under DV等支援措置 for staff without the role in charge (交付制限). Every issuance is audited per person.
 */
@RestController
class CertificateController implements CertificatesApi {

    private static final Set<SeikyushaKubunEnum> SELF_OR_HOUSEHOLD =
            EnumSet.of(SeikyushaKubunEnum.HONNIN, SeikyushaKubunEnum.DOITSU_SETAI);

    private final ResidentRecords records;
    private final RegistryReader reader;
    private final AuditLog audit;
    private final MyNumberAccess myNumbers;
    private final TenantDirectory tenants;

    CertificateController(
            ResidentRecords records,
            RegistryReader reader,
            AuditLog audit,
            MyNumberAccess myNumbers,
            TenantDirectory tenants) {
        this.records = records;
        this.reader = reader;
        this.audit = audit;
        this.myNumbers = myNumbers;
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> issueCertificate(
            String tenantCode, String idempotencyKey, CertificateRequest request) {
        CertificateItems items = request.getKisai() == null ? new CertificateItems() : request.getKisai();
        boolean withMyNumber = Boolean.TRUE.equals(items.getKojinbango());
        boolean withResidentCode = Boolean.TRUE.equals(items.getJuminhyocode());
        boolean selfOrHousehold = SELF_OR_HOUSEHOLD.contains(request.getSeikyushaKubun());
        if ((withMyNumber || withResidentCode) && !selfOrHousehold) {
            String field = withMyNumber ? "kisai.kojinbango" : "kisai.juminhyocode";
            throw Timeline.unprocessable(
                    "item-not-allowed-for-requester",
                    field,
                    "個人番号・住民票コードの記載は、本人又は同一の世帯に属する者の請求に限られます（住民基本台帳法第12条第5項）。");
        }
        if (request.getSeikyushaKubun() == SeikyushaKubunEnum.DAISANSHA
                && (Boolean.TRUE.equals(items.getHonseki()) || Boolean.TRUE.equals(items.getZokugara()))) {
            throw Timeline.unprocessable(
                    "item-not-allowed-for-requester",
                    Boolean.TRUE.equals(items.getHonseki()) ? "kisai.honseki" : "kisai.zokugara",
                    "第三者の請求による写しには、本籍・筆頭者及び続柄を記載しません（住民基本台帳法第12条の3）。");
        }
        List<ResidentRecord> people = new ArrayList<>();
        List<String> numbers = request.getAtenabango();
        for (int i = 0; i < numbers.size(); i++) {
            String a = numbers.get(i);
            ResidentRecord r =
                    records.findCurrent(a).orElseThrow(() -> ProblemException.notFound("宛名番号「" + a + "」の住民は見つかりません。"));
            if (!r.status().isResident()) {
                throw Timeline.unprocessable(
                        "person-removed", "atenabango[" + i + "]", "宛名番号「" + a + "」の住民票は消除されています。除票の写しを請求してください。");
            }
            people.add(r);
        }
        if (people.stream().map(r -> r.setaibango).distinct().count() > 1) {
            throw Timeline.unprocessable("different-households", "atenabango", "一通の写しに記載できるのは同じ世帯の者に限られます。");
        }
        Set<String> restricted = reader.restricted(numbers);
        if (!restricted.isEmpty() && !ResidentViews.maySeeRestricted()) {
            for (String a : restricted) {
                audit.record(new AuditEntry(
                        Business.RESIDENT_REGISTRY,
                        "住民票の写しの交付（支援措置により制限）",
                        a,
                        "CERTIFICATE_ISSUE",
                        AuditEntry.Outcome.DENIED,
                        "seikyusha=" + request.getSeikyushaKubun().getValue()));
            }
            throw ProblemException.forbidden(
                    "support-measure-restricted", "支援措置の対象者を含むため、この請求による交付はできません。支援措置の担当者に確認してください。");
        }
        String purpose = request.getSeikyuJiyu();
        List<JuminhyoLayout.Person> printed = new ArrayList<>();
        for (ResidentRecord r : people) {
            String myNumber = null;
            if (withMyNumber && r.kojinbango != null) {
                myNumber = myNumbers
                        .disclose(
                                Business.RESIDENT_REGISTRY,
                                "住民票の写しへの個人番号の記載（" + purpose + "）",
                                r.atenabango,
                                r.kojinbango)
                        .value();
            }
            printed.add(new JuminhyoLayout.Person(r, myNumber));
        }
        String certificateNumber = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String municipality =
                tenants.find(TenantContext.require()).map(t -> t.name()).orElse(TenantContext.require());
        ResidentRecord anyone = people.get(0);
        String headName =
                reader.householdAsOf(anyone.setaibango, LocalDate.now(Timeline.JAPAN), java.time.Instant.now()).stream()
                        .filter(m -> m.setainushi)
                        .map(m -> m.shimei)
                        .findFirst()
                        .orElse(null);
        boolean extract = request.getShurui() == ShuruiEnum.KISAI_JIKO_SHOMEISHO;
        byte[] pdf = new JuminhyoLayout(extract, items, municipality, certificateNumber, headName)
                .render(printed, ZonedDateTime.now(Timeline.JAPAN));
        for (ResidentRecord r : people) {
            audit.record(new AuditEntry(
                    Business.RESIDENT_REGISTRY,
                    (extract ? "住民票記載事項証明書" : "住民票の写し") + "の交付（" + purpose + "）",
                    r.atenabango,
                    "CERTIFICATE_ISSUE",
                    AuditEntry.Outcome.SUCCESS,
                    "shomeibango=" + certificateNumber + " seikyusha="
                            + request.getSeikyushaKubun().getValue() + " kisai=" + JuminhyoLayout.itemCodes(items)));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("juminhyo-" + certificateNumber + ".pdf")
                                .build()
                                .toString())
                .body(new ByteArrayResource(pdf));
    }
}
