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
 * DV等支援措置 is withheld from staff without {@value ResidentRegistrySecurity#SUPPORT_MEASURES}. 個人番号 is never
 * shown here.
 */
final class ResidentViews {

    private ResidentViews() {}

    /** Whether the current member of staff may see the address of a restricted person. */
    static boolean maySeeRestricted() {
        return CurrentStaff.find()
                .map(s -> s.hasRole(ResidentRegistrySecurity.SUPPORT_MEASURES))
                .orElse(false);
    }

    static Resident toApi(ResidentRecord r, boolean restricted, @Nullable String headName) {
        boolean withhold = restricted && !maySeeRestricted();
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
                        .jidoteate(r.jidoteate));
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
        ResidentVersion v = new ResidentVersion(toApi(r, restricted, null)).shuseiJiyu(r.shuseiJiyu);
        if (r.supersededAt != null) {
            v.shuseiNichiji(r.supersededAt.atOffset(ZoneOffset.UTC));
        }
        return v;
    }
}
