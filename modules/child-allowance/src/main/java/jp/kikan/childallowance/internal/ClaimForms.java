package jp.kikan.childallowance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.benefit.entitlement.Residents;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.document.Column;
import jp.kikan.platform.document.DocumentInfo;
import jp.kikan.platform.document.KeyValue;
import jp.kikan.platform.document.PdfDocument;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.time.WarekiDate;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 児童手当認定請求書 (児童手当法施行規則 第1条) filled from what the registry already knows (書かない窓口): the
 * applicant, their household's children who may be claimed for on the 請求日 (a 児童 to 18歳年度末, or counted for the
 * rank only to 22歳年度末), and the form printed with every known item for the applicant to check and sign. What the
 * registry does not know (口座, 職業, 年金の種類, 電話番号) is left for the applicant to write.
 */
@Component
class ClaimForms {

    private final Residents residents;
    private final MonthlyAmounts months;
    private final TenantDirectory tenants;

    ClaimForms(Residents residents, MonthlyAmounts months, TenantDirectory tenants) {
        this.residents = residents;
        this.months = months;
        this.tenants = tenants;
    }

    /**
     * A member of the applicant's household who may be claimed for.
     *
     * @param child whether a 児童 (to 18歳年度末) on the 請求日; otherwise counted for the rank only (確認書 needed)
     */
    record Candidate(String atenabango, String shimei, String furigana, String birth, String zokugara, boolean child) {}

    /** The applicant as the registry knows them on the 請求日, with the candidates of their household. */
    record Prefilled(
            ResidentSnapshot applicant,
            String birth,
            String address,
            String spouse,
            LocalDate claimDate,
            List<Candidate> candidates) {}

    /** What the registry knows for a 認定請求 by {@code atenabango} on {@code date}, or 422 naming the applicant. */
    Prefilled prefill(String atenabango, LocalDate date) {
        ResidentSnapshot applicant = residents.resident("jukyusha_atenabango", atenabango, date);
        YearMonth month = YearMonth.from(date);
        List<Candidate> candidates = new ArrayList<>();
        String spouse = "";
        for (ResidentSnapshot m : residents.household(applicant.setaibango(), date)) {
            if (m.atenabango().equals(applicant.atenabango()) || !m.status().isResident()) {
                continue;
            }
            if (isSpouse(m.zokugara())) {
                spouse = m.shimei();
            }
            boolean child = months.isChild(m.birthDate(), month);
            if (child || months.countsForRank(m.birthDate(), month)) {
                candidates.add(new Candidate(m.atenabango(), m.shimei(), m.furigana(), birth(m), m.zokugara(), child));
            }
        }
        return new Prefilled(applicant, birth(applicant), address(applicant.address()), spouse, date, candidates);
    }

    /** The 認定請求書 as PDF, the {@code chosen} children listed (all candidates when none was chosen). */
    byte[] application(Prefilled form, List<Candidate> chosen) {
        String municipality =
                tenants.find(TenantContext.require()).map(t -> t.name()).orElse(TenantContext.require());
        ResidentSnapshot a = form.applicant();
        List<List<String>> children = new ArrayList<>();
        for (Candidate c : chosen.isEmpty() ? form.candidates() : chosen) {
            children.add(List.of(
                    c.shimei(),
                    c.furigana(),
                    c.birth(),
                    c.zokugara(),
                    "同居",
                    c.child() ? "児童（18歳年度末まで）" : "多子の算定のみ（確認書）"));
        }
        if (children.isEmpty()) {
            children.add(List.of("", "", "", "", "", ""));
        }
        return PdfDocument.a4(new DocumentInfo("児童手当認定請求書", municipality + "長", ZonedDateTime.now(RequestDates.JAPAN)))
                .title("児童手当認定請求書")
                .rightAligned(municipality + "長　殿", "請求日　" + WarekiFormat.format(WarekiDate.of(form.claimDate())))
                .paragraph("児童手当法第7条第1項の規定により、児童手当の認定を請求します。")
                .space(4)
                .keyValueTable(List.of(
                        KeyValue.of("請求者の氏名", a.shimei()),
                        KeyValue.of("氏名の振り仮名", a.furigana()),
                        KeyValue.of("生年月日", form.birth()),
                        KeyValue.of("住所", form.address()),
                        KeyValue.of("宛名番号", a.atenabango()),
                        KeyValue.of("配偶者の氏名", form.spouse().isEmpty() ? "（世帯に配偶者の記載はありません）" : form.spouse()),
                        KeyValue.of("電話番号", ""),
                        KeyValue.of("職業・加入する年金", ""),
                        KeyValue.of("受取口座（金融機関・口座番号）", "")))
                .space(4)
                .paragraph("請求する児童（住民基本台帳の記載から）")
                .table(
                        List.of(
                                Column.of("氏名", 3),
                                Column.of("振り仮名", 3),
                                Column.of("生年月日", 3),
                                Column.of("続柄", 1),
                                Column.of("同居・別居", 1.2f),
                                Column.of("区分", 3)),
                        children)
                .space(8)
                .paragraph("上記の記載事項は、住民基本台帳に記録された事項から作成しています。内容を確かめ、誤りがあれば窓口の職員にお申し出ください。")
                .space(10)
                .rightAligned("請求者署名　　　　　　　　　　　　　　　　")
                .note("根拠：児童手当法第7条、児童手当法施行規則第1条。個人番号は、この書面に記載せず窓口で確認します。")
                .render();
    }

    private static boolean isSpouse(String zokugara) {
        return zokugara.equals("妻") || zokugara.equals("夫") || zokugara.startsWith("妻（") || zokugara.startsWith("夫（");
    }

    private static String birth(ResidentSnapshot p) {
        String fusho = p.birthDateFusho();
        return fusho != null ? fusho : WarekiFormat.format(WarekiDate.of(p.birthDate())) + "（" + p.birthDate() + "）";
    }

    private static String address(@Nullable ResidentAddress address) {
        return address == null ? "（支援措置のため記載しません）" : address.oneLine();
    }
}
