package jp.kikan.childrearingallowance.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.childrearingallowance.domain.DisabilityState;
import jp.kikan.childrearingallowance.domain.Exclusion;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.QualificationFacts;
import jp.kikan.childrearingallowance.domain.QualificationJudgement;
import jp.kikan.childrearingallowance.domain.Requirement;
import jp.kikan.childrearingallowance.web.model.JogaiJiyu;
import jp.kikan.childrearingallowance.web.model.ShikyuYoken;
import jp.kikan.childrearingallowance.web.model.ShikyuYokenKekka;
import jp.kikan.childrearingallowance.web.model.ShogaiJotai;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A child's 障害の状態 (児童扶養手当法 第3条第1項) and the 支給要件 with its 除外事由 (第4条) between the API, their stored
 * JSON and the domain: the one place the API's types of these facts are read (400 naming the field when they do not
 * fit together).
 */
@Component
class RequirementCodec {

    /** The 支給要件 and 除外事由 as stored: the API's own objects. */
    record Stored(
            @JsonProperty("shikyu_yoken") ShikyuYoken requirement,
            @JsonProperty("jogai_jiyu") List<JogaiJiyu> exclusions) {}

    private final JsonMapper json;

    RequirementCodec(JsonMapper json) {
        this.json = json;
    }

    // ------------------------------------------------------------------------------------------------- 障害の状態

    /** The 障害の状態 given at {@code at} (e.g. {@code jido[0].shogai}); none given is not in that state. */
    static DisabilityState disability(String at, @Nullable ShogaiJotai s) {
        if (s == null) {
            return DisabilityState.none();
        }
        DisabilityState.Evidence evidence =
                switch (s.getKubun()) {
                    case TECHO -> DisabilityState.Evidence.HANDBOOK;
                    case SHINDANSHO -> DisabilityState.Evidence.CERTIFICATE;
                    case NASHI -> DisabilityState.Evidence.NONE;
                };
        LocalDate judgedOn = RequestDates.optional(at + ".hantei_ymd", s.getHanteiYmd());
        if (evidence == DisabilityState.Evidence.NONE) {
            if (s.getHantei() != null || s.getTechoShurui() != null) {
                throw invalid(at + ".kubun", "inconsistent", "障害の区分（" + at + ".kubun）がなしの場合、手帳の種類・判定は指定できません");
            }
            return DisabilityState.none();
        }
        if (s.getHantei() == null) {
            throw invalid(at + ".hantei", "required", "手帳又は診断書による別表第一の判定（" + at + ".hantei）を指定してください");
        }
        DisabilityState.Handbook handbook = null;
        if (evidence == DisabilityState.Evidence.HANDBOOK) {
            if (s.getTechoShurui() == null) {
                throw invalid(at + ".techo_shurui", "required", "手帳の種類（" + at + ".techo_shurui）を指定してください");
            }
            handbook = switch (s.getTechoShurui()) {
                case SHINTAI -> DisabilityState.Handbook.PHYSICAL;
                case RYOIKU -> DisabilityState.Handbook.INTELLECTUAL;
                case SEISHIN -> DisabilityState.Handbook.MENTAL;
            };
        } else if (s.getTechoShurui() != null) {
            throw invalid(at + ".techo_shurui", "inconsistent", "診断書による判定では手帳の種類（" + at + ".techo_shurui）は指定できません");
        }
        return new DisabilityState(
                evidence, handbook, s.getTokyu(), s.getHantei() == ShogaiJotai.HanteiEnum.GAITO, judgedOn);
    }

    /** The 障害の状態 as the API shows it; {@code null} for none. */
    static @Nullable ShogaiJotai view(DisabilityState d) {
        if (d.evidence() == DisabilityState.Evidence.NONE) {
            return null;
        }
        ShogaiJotai api = new ShogaiJotai(
                d.evidence() == DisabilityState.Evidence.HANDBOOK
                        ? ShogaiJotai.KubunEnum.TECHO
                        : ShogaiJotai.KubunEnum.SHINDANSHO);
        DisabilityState.Handbook handbook = d.handbook();
        if (handbook != null) {
            api.techoShurui(
                    switch (handbook) {
                        case PHYSICAL -> ShogaiJotai.TechoShuruiEnum.SHINTAI;
                        case INTELLECTUAL -> ShogaiJotai.TechoShuruiEnum.RYOIKU;
                        case MENTAL -> ShogaiJotai.TechoShuruiEnum.SEISHIN;
                    });
        }
        LocalDate judgedOn = d.judgedOn();
        return api.tokyu(d.grade())
                .hantei(d.inTable1() ? ShogaiJotai.HanteiEnum.GAITO : ShogaiJotai.HanteiEnum.HI_GAITO)
                .hanteiYmd(judgedOn == null ? null : judgedOn.toString());
    }

    // ------------------------------------------------------------------------------------------------- 支給要件

    /**
     * The 支給要件 and 除外事由 given ({@code null} when neither is): 400 for 除外事由 without a 支給要件 or a date that does
     * not parse.
     */
    static @Nullable QualificationFacts facts(@Nullable ShikyuYoken requirement, @Nullable List<JogaiJiyu> exclusions) {
        boolean anyExclusion = exclusions != null && !exclusions.isEmpty();
        if (requirement == null) {
            if (anyExclusion) {
                throw invalid("shikyu_yoken", "required", "除外事由（jogai_jiyu）とともに支給要件（shikyu_yoken）を指定してください");
            }
            return null;
        }
        List<Exclusion> out = new ArrayList<>();
        if (exclusions != null) {
            for (int i = 0; i < exclusions.size(); i++) {
                out.add(exclusion("jogai_jiyu[" + i + "]", exclusions.get(i)));
            }
        }
        return new QualificationFacts(requirement(requirement), out);
    }

    private static Requirement requirement(ShikyuYoken r) {
        Requirement.Situation situation =
                switch (r.getJiyu()) {
                    case RIKON -> Requirement.Situation.DIVORCE;
                    case SHIBO -> Requirement.Situation.DEATH;
                    case SHOGAI -> Requirement.Situation.DISABILITY;
                    case SEISHI_FUMEI -> Requirement.Situation.MISSING;
                    case IKI_1NEN_IJO -> Requirement.Situation.ABANDONED;
                    case HOGO_MEIREI -> Requirement.Situation.PROTECTION_ORDER;
                    case KOKIN_1NEN_IJO -> Requirement.Situation.DETAINED;
                    case MIKON -> Requirement.Situation.UNMARRIED;
                    case KIJI_TO -> Requirement.Situation.UNKNOWN;
                };
        Requirement.Parent parent = r.getOya() == null
                ? null
                : r.getOya() == ShikyuYoken.OyaEnum.CHICHI ? Requirement.Parent.FATHER : Requirement.Parent.MOTHER;
        return new Requirement(situation, parent, RequestDates.required("shikyu_yoken.gaito_ymd", r.getGaitoYmd()));
    }

    private static Exclusion exclusion(String at, JogaiJiyu e) {
        Exclusion.Kind kind =
                switch (e.getJiyu()) {
                    case HAIGUSHA -> Exclusion.Kind.SPOUSE;
                    case OYA_DOKYO -> Exclusion.Kind.OTHER_PARENT;
                    case SATOOYA -> Exclusion.Kind.FOSTER_CARE;
                    case SHISETSU_NYUSHO -> Exclusion.Kind.FACILITY;
                    case KOKUGAI -> Exclusion.Kind.ABROAD;
                };
        LocalDate from = RequestDates.required(at + ".kaishi_ymd", e.getKaishiYmd());
        LocalDate to = RequestDates.optional(at + ".shuryo_ymd", e.getShuryoYmd());
        if (to != null && to.isBefore(from)) {
            throw invalid(at + ".shuryo_ymd", "before-start", "除外事由の終了日（" + at + ".shuryo_ymd）は開始日以後で指定してください");
        }
        return new Exclusion(kind, from, to, Boolean.TRUE.equals(e.getJijitsukon()));
    }

    /** The 支給要件 and 除外事由 to store, checked as the domain reads them; {@code null} when none is given. */
    @Nullable
    String given(@Nullable ShikyuYoken requirement, @Nullable List<JogaiJiyu> exclusions) {
        if (facts(requirement, exclusions) == null || requirement == null) {
            return null;
        }
        return json.writeValueAsString(new Stored(requirement, exclusions == null ? List.of() : exclusions));
    }

    /** The stored 支給要件 and 除外事由 as the API shows them. */
    @Nullable
    Stored view(@Nullable String stored) {
        return stored == null ? null : json.readValue(stored, Stored.class);
    }

    /** The stored 支給要件 and 除外事由 as the law reads them. */
    @Nullable
    QualificationFacts read(@Nullable String stored) {
        Stored s = view(stored);
        return s == null ? null : facts(s.requirement(), s.exclusions());
    }

    /** The judgement as the API shows it. */
    static ShikyuYokenKekka view(QualificationJudgement j) {
        return new ShikyuYokenKekka(j.qualifies(), j.reason(), j.source());
    }

    private static ProblemException invalid(String field, String code, String reason) {
        return ProblemException.invalidField(field, new InvalidInput(field, code, reason));
    }
}
