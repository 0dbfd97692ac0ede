package jp.kikan.residentregistry.internal;

import java.time.ZoneOffset;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.web.model.Address;
import jp.kikan.residentregistry.web.model.ForeignResident;
import jp.kikan.residentregistry.web.model.Idojiyu;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.Qualifications;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentVersion;
import org.jspecify.annotations.Nullable;

/**
 * 住民票 versions as the API shows them. The address (and the addresses before and after a move) of a person under
 * DV等支援措置 (the applicant or one of the 併せて支援を求める者), and of anyone shown next to such a person at her
 * address ({@link ShownTogether}), is withheld from staff without {@value ResidentRegistrySecurity#SUPPORT_MEASURES}.
 * 個人番号 is never shown here.
 */
final class ResidentViews {

    private ResidentViews() {}

    /** Whether the current member of staff may see the address of a restricted person. */
    static boolean maySeeRestricted() {
        return CurrentStaff.find()
                .map(s -> s.hasRole(ResidentRegistrySecurity.SUPPORT_MEASURES))
                .orElse(false);
    }

    /** One person shown alone: the address is withheld when the person is restricted. */
    static Resident toApi(ResidentRecord r, boolean restricted, @Nullable String headName) {
        return toApi(r, restricted, restricted && !maySeeRestricted(), headName);
    }

    /** A person shown with others ({@link ShownTogether}). */
    static Resident toApi(ResidentRecord r, ShownTogether shown, @Nullable String headName) {
        return toApi(r, shown.restricted(r), shown.withheld(r), headName);
    }

    private static Resident toApi(ResidentRecord r, boolean restricted, boolean withhold, @Nullable String headName) {
        Resident out = new Resident(
                        r.atenabango,
                        r.version,
                        Resident.JotaiEnum.fromValue(r.jotai),
                        new PersonName(r.shimei).shimeiFurigana(r.shimeiFurigana),
                        r.seinengappi,
                        Resident.SeibetsuEnum.fromValue(r.seibetsu),
                        r.setaibango,
                        r.zokugara,
                        r.setainushi,
                        Idojiyu.fromValue(r.idojiyu),
                        r.validFrom,
                        r.recordedAt.atOffset(ZoneOffset.UTC),
                        restricted)
                .setainushiShimei(headName)
                .seinengappiFusho(r.seinengappiFusho)
                .juminninattaYmd(r.juminninattaYmd)
                .juteiymd(r.juteiYmd)
                .tenshutsuYoteiYmd(r.tenshutsuYoteiYmd)
                .shojoYmd(r.shojoYmd)
                .shojoJiyu(r.shojoJiyu)
                .honseki(r.honseki)
                .hittosha(r.hittosha)
                .todokedeymd(r.todokedeYmd)
                .todokedeKigenKeika(r.todokedeKigenKeika)
                .shikaku(new Qualifications()
                        .senkyoninMeibo(r.senkyoninMeibo)
                        .kokuho(r.kokuho)
                        .koki(r.koki)
                        .kaigo(r.kaigo)
                        .kokunen(r.kokunen)
                        .jidoteate(r.jidoteate))
                .jushoHitoku(withhold);
        if (!withhold) {
            out.jusho(new Address()
                            .jushoShikuchosonkodo(r.jushoShikuchosonkodo)
                            .jushoChoazakodo(r.jushoChoazakodo)
                            .jushoTodofuken(r.jushoTodofuken)
                            .jushoShikugunchosonmei(r.jushoShikugunchosonmei)
                            .jushoChoaza(r.jushoChoaza)
                            .jushoBanchigohyoki(r.jushoBanchigohyoki)
                            .jushoKatagaki(r.jushoKatagaki))
                    .tennyumaeJusho(r.tennyumaeJusho)
                    .idomaeJusho(r.idomaeJusho)
                    .tenshutsusakiJusho(r.tenshutsusakiJusho);
        }
        if (r.foreignResident()) {
            out.gaikokujin(new ForeignResident()
                    .kokuseki(r.kokuseki)
                    .hojin30jo45Kubun(
                            r.hojin30jo45Kubun == null
                                    ? null
                                    : ForeignResident.Hojin30jo45KubunEnum.fromValue(r.hojin30jo45Kubun))
                    .zairyushikaku(r.zairyushikaku)
                    .zairyukikan(r.zairyukikan)
                    .zairyukikanManryoYmd(r.zairyukikanManryoYmd)
                    .zairyukadoBango(r.zairyukadoBango)
                    .tsusho(r.tsusho)
                    .tsushoFurigana(r.tsushoFurigana));
        }
        return out;
    }

    static ResidentVersion version(ResidentRecord r, boolean restricted) {
        return version(new ResidentVersion(toApi(r, restricted, null)), r);
    }

    static ResidentVersion version(ResidentRecord r, ShownTogether shown) {
        return version(new ResidentVersion(toApi(r, shown, null)), r);
    }

    private static ResidentVersion version(ResidentVersion v, ResidentRecord r) {
        v.shuseiJiyu(r.shuseiJiyu);
        if (r.supersededAt != null) {
            v.shuseiNichiji(r.supersededAt.atOffset(ZoneOffset.UTC));
        }
        return v;
    }
}
