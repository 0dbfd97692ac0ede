package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.document.KeyValue;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.MyNumberAccess;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 住民票の写し (帳票 0010001; 世帯連記式 for several members of one household) and 住民票記載事項証明書: issued as PDF
 * ({@link JuminhyoLayout}, ADR 0007) for the API and the screens, and previewed on the screens with the same lines.
 *
 * <p>What the law lets a requester see decides what is printed: 個人番号 and 住民票コード only on the request of the
 * person or a member of the same household (住民基本台帳法 第12条第5項), and only by staff allowed to see 個人番号
 * (the disclosure is audited); 本籍 and 続柄 not on a third party's request (第12条の3第7項 as applied here); nothing
 * of a person under DV等支援措置 for staff without the role in charge (交付制限). Every issuance and every preview is
 * audited per person.
 */
@Service
class Certificates {

    /** What a preview shows: the title, the household's lines, and each person's lines as they would be printed. */
    record Preview(String title, List<KeyValue> household, List<List<KeyValue>> people) {}

    /** An issued certificate. */
    record Issued(String certificateNumber, byte[] pdf) {}

    private record Prepared(JuminhyoLayout layout, List<JuminhyoLayout.Person> people) {}

    private final ResidentRecords records;
    private final RegistryReader reader;
    private final AuditLog audit;
    private final MyNumberAccess myNumbers;
    private final TenantDirectory tenants;

    Certificates(
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

    @Transactional(readOnly = true)
    Issued issue(CertificateOrder order) {
        String certificateNumber = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Prepared prepared = prepare(order, certificateNumber, "");
        byte[] pdf = prepared.layout().render(prepared.people(), ZonedDateTime.now(Timeline.JAPAN));
        for (JuminhyoLayout.Person p : prepared.people()) {
            audit.record(new AuditEntry(
                    Business.RESIDENT_REGISTRY,
                    prepared.layout().title() + "の交付（" + order.purpose() + "）",
                    p.record().atenabango,
                    "CERTIFICATE_ISSUE",
                    AuditEntry.Outcome.SUCCESS,
                    "shomeibango=" + certificateNumber + " seikyusha="
                            + order.requester().code() + " kisai="
                            + order.items().codes()));
        }
        return new Issued(certificateNumber, pdf);
    }

    /** The lines a certificate for {@code order} would print, checked and audited as an issuance is (not issued). */
    @Transactional(readOnly = true)
    Preview preview(CertificateOrder order) {
        Prepared prepared = prepare(order, "-", "の確認");
        for (JuminhyoLayout.Person p : prepared.people()) {
            audit.record(new AuditEntry(
                    Business.RESIDENT_REGISTRY,
                    prepared.layout().title() + "の確認（" + order.purpose() + "）",
                    p.record().atenabango,
                    "READ",
                    AuditEntry.Outcome.SUCCESS,
                    "seikyusha=" + order.requester().code() + " kisai="
                            + order.items().codes()));
        }
        return new Preview(
                prepared.layout().title(),
                prepared.layout().household(prepared.people().get(0).record()),
                prepared.people().stream().map(prepared.layout()::rows).toList());
    }

    /** Checks the order against the law and the DV restriction and discloses the 個人番号 asked for. */
    private Prepared prepare(CertificateOrder order, String certificateNumber, String purposeSuffix) {
        CertificateOrder.Items items = order.items();
        if ((items.kojinbango() || items.juminhyocode()) && !order.requester().selfOrHousehold()) {
            String field = items.kojinbango() ? "kisai.kojinbango" : "kisai.juminhyocode";
            throw Timeline.unprocessable(
                    "item-not-allowed-for-requester",
                    field,
                    "個人番号・住民票コードの記載は、本人又は同一の世帯に属する者の請求に限られます（住民基本台帳法第12条第5項）。");
        }
        if (order.requester() == CertificateOrder.Requester.THIRD_PARTY && (items.honseki() || items.zokugara())) {
            throw Timeline.unprocessable(
                    "item-not-allowed-for-requester",
                    items.honseki() ? "kisai.honseki" : "kisai.zokugara",
                    "第三者の請求による写しには、本籍・筆頭者及び続柄を記載しません（住民基本台帳法第12条の3）。");
        }
        List<ResidentRecord> people = new ArrayList<>();
        List<String> numbers = order.people();
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
                        "住民票の写しの交付" + purposeSuffix + "（支援措置により制限）",
                        a,
                        "CERTIFICATE_ISSUE",
                        AuditEntry.Outcome.DENIED,
                        "seikyusha=" + order.requester().code()));
            }
            throw ProblemException.forbidden(
                    "support-measure-restricted", "支援措置の対象者を含むため、この請求による交付はできません。支援措置の担当者に確認してください。");
        }
        List<JuminhyoLayout.Person> printed = new ArrayList<>();
        for (ResidentRecord r : people) {
            String myNumber = null;
            if (items.kojinbango() && r.kojinbango != null) {
                myNumber = myNumbers
                        .disclose(
                                Business.RESIDENT_REGISTRY,
                                "住民票の写しへの個人番号の記載" + purposeSuffix + "（" + order.purpose() + "）",
                                r.atenabango,
                                r.kojinbango)
                        .value();
            }
            printed.add(new JuminhyoLayout.Person(r, myNumber));
        }
        String municipality =
                tenants.find(TenantContext.require()).map(t -> t.name()).orElse(TenantContext.require());
        JuminhyoLayout layout =
                new JuminhyoLayout(order.extract(), items, municipality, certificateNumber, headName(people.get(0)));
        return new Prepared(layout, printed);
    }

    private @Nullable String headName(ResidentRecord anyone) {
        return reader.householdAsOf(anyone.setaibango, LocalDate.now(Timeline.JAPAN), Instant.now()).stream()
                .filter(m -> m.setainushi)
                .map(m -> m.shimei)
                .findFirst()
                .orElse(null);
    }
}
