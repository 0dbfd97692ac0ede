package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.document.DocumentInfo;
import jp.kikan.platform.document.KeyValue;
import jp.kikan.platform.document.PdfDocument;
import jp.kikan.platform.time.WarekiDate;
import jp.kikan.platform.time.WarekiFormat;
import org.jspecify.annotations.Nullable;

/**
 * The layout of 住民票の写し (帳票 0010001) and 住民票記載事項証明書: the household's address and head, then one block
 * per person with the basic items and only the optional items the request asked for, dates in 和暦 as on the
 * standard's forms, and the certification by the mayor.
 */
final class JuminhyoLayout {

    /** A person to print, with the 個人番号 when it was lawfully disclosed for this certificate. */
    record Person(ResidentRecord record, @Nullable String myNumber) {}

    private final boolean extract;
    private final CertificateOrder.Items items;
    private final String municipality;
    private final String certificateNumber;
    private final @Nullable String headName;

    JuminhyoLayout(
            boolean extract,
            CertificateOrder.Items items,
            String municipality,
            String certificateNumber,
            @Nullable String headName) {
        this.extract = extract;
        this.items = items;
        this.municipality = municipality;
        this.certificateNumber = certificateNumber;
        this.headName = headName;
    }

    byte[] render(List<Person> people, ZonedDateTime issuedAt) {
        String title = title();
        ResidentRecord first = people.get(0).record();
        PdfDocument pdf = PdfDocument.a4(new DocumentInfo(title, municipality + "長", issuedAt))
                .title(title)
                .rightAligned("証明書番号　" + certificateNumber);
        pdf.keyValueTable(household(first)).space(4);
        for (Person p : people) {
            pdf.keyValueTable(rows(p)).space(4);
        }
        pdf.paragraph(extract ? "上記の事項は、住民票に記載されていることを証明する。" : "この写しは、世帯全員又は請求のあった者の住民票の原本と相違ないことを証明する。")
                .space(6)
                .rightAligned(wareki(issuedAt.toLocalDate()), municipality + "長");
        return pdf.render();
    }

    /** 住民票の写し or 住民票記載事項証明書. */
    String title() {
        return extract ? "住民票記載事項証明書" : "住民票の写し";
    }

    /** The household's lines above the persons: the address and, with the 続柄, the head. */
    List<KeyValue> household(ResidentRecord anyone) {
        List<KeyValue> household = new ArrayList<>();
        household.add(KeyValue.of("住所", anyone.address().oneLine()));
        if (items.zokugara() && headName != null) {
            household.add(KeyValue.of("世帯主", headName));
        }
        return household;
    }

    /** One person's lines, as printed (and as the screens' preview shows them). */
    List<KeyValue> rows(Person p) {
        ResidentRecord r = p.record();
        List<KeyValue> rows = new ArrayList<>();
        rows.add(KeyValue.of("氏名", r.shimei));
        if (!r.shimeiFurigana.isBlank()) {
            rows.add(KeyValue.of("振り仮名", r.shimeiFurigana));
        }
        if (r.tsusho != null) {
            rows.add(KeyValue.of("通称", r.tsusho));
        }
        String fusho = r.seinengappiFusho;
        rows.add(KeyValue.of("生年月日", fusho != null ? fusho : wareki(r.seinengappi)));
        rows.add(KeyValue.of(
                "性別",
                switch (r.seibetsu) {
                    case "1" -> "男";
                    case "2" -> "女";
                    default -> "不明";
                }));
        if (items.zokugara()) {
            rows.add(KeyValue.of("続柄", r.zokugara));
        }
        if (r.juminninattaYmd != null) {
            rows.add(KeyValue.of("住民となった年月日", wareki(r.juminninattaYmd)));
        }
        if (r.juteiYmd != null) {
            rows.add(KeyValue.of("住所を定めた年月日", wareki(r.juteiYmd)));
        }
        if (items.tennyumaeJusho() && r.tennyumaeJusho != null) {
            rows.add(KeyValue.of("転入前住所", r.tennyumaeJusho));
        }
        if (items.honseki() && r.honseki != null) {
            rows.add(KeyValue.of("本籍", r.honseki));
            if (r.hittosha != null) {
                rows.add(KeyValue.of("筆頭者", r.hittosha));
            }
        }
        if (items.zairyu() && r.kokuseki != null) {
            rows.add(KeyValue.of("国籍・地域", r.kokuseki));
            addIfPresent(rows, "在留資格", r.zairyushikaku);
            addIfPresent(rows, "在留期間", r.zairyukikan);
            if (r.zairyukikanManryoYmd != null) {
                rows.add(KeyValue.of("在留期間の満了の日", wareki(r.zairyukikanManryoYmd)));
            }
            addIfPresent(rows, "在留カード等の番号", r.zairyukadoBango);
        }
        if (items.juminhyocode() && r.juminhyoCode != null) {
            rows.add(KeyValue.of("住民票コード", r.juminhyoCode));
        }
        if (p.myNumber() != null) {
            rows.add(KeyValue.of("個人番号", p.myNumber()));
        }
        rows.add(KeyValue.of("最終異動", r.reason().japaneseName() + "　" + wareki(r.validFrom)));
        return rows;
    }

    private static void addIfPresent(List<KeyValue> rows, String key, @Nullable String value) {
        if (value != null) {
            rows.add(KeyValue.of(key, value));
        }
    }

    static String wareki(LocalDate date) {
        return WarekiFormat.format(WarekiDate.of(date));
    }
}
