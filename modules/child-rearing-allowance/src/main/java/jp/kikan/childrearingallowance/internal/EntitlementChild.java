package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.ChildRecord;
import jp.kikan.childrearingallowance.domain.ChildSpan;
import jp.kikan.childrearingallowance.domain.DisabilityState;
import org.jspecify.annotations.Nullable;

/**
 * A 対象児童 (監護等児童) on a 児童扶養手当 受給資格 over months (児童扶養手当法 第4条, 第5条), with its 障害の状態 and the
 * evidence as recorded (第3条第1項, 施行令 第1条・別表第一: a child in that state counts until the month it reaches 20).
 */
@Entity(name = "ChildRearingAllowanceChild")
@Table(schema = "child_rearing_allowance", name = "entitlement_child")
class EntitlementChild extends ChildRecord {

    String shogaiKubun = "NASHI";

    @Nullable
    String techoShurui;

    @Nullable
    String techoTokyu;

    boolean shogaiGaito;

    @Nullable
    LocalDate shogaiHanteiYmd;

    protected EntitlementChild() {}

    EntitlementChild(int position, String atenabango, LocalDate birth, YearMonth from, DisabilityState disability) {
        super(position, atenabango, birth, from);
        this.shogaiKubun = switch (disability.evidence()) {
            case HANDBOOK -> "TECHO";
            case CERTIFICATE -> "SHINDANSHO";
            case NONE -> "NASHI";
        };
        DisabilityState.Handbook handbook = disability.handbook();
        this.techoShurui = handbook == null
                ? null
                : switch (handbook) {
                    case PHYSICAL -> "SHINTAI";
                    case INTELLECTUAL -> "RYOIKU";
                    case MENTAL -> "SEISHIN";
                };
        this.techoTokyu = disability.grade();
        this.shogaiGaito = disability.inTable1();
        this.shogaiHanteiYmd = disability.judgedOn();
    }

    /** 障害の状態 and its evidence as recorded. */
    DisabilityState disability() {
        DisabilityState.Evidence evidence =
                switch (shogaiKubun) {
                    case "TECHO" -> DisabilityState.Evidence.HANDBOOK;
                    case "SHINDANSHO" -> DisabilityState.Evidence.CERTIFICATE;
                    default -> DisabilityState.Evidence.NONE;
                };
        DisabilityState.Handbook handbook = techoShurui == null
                ? null
                : switch (techoShurui) {
                    case "SHINTAI" -> DisabilityState.Handbook.PHYSICAL;
                    case "RYOIKU" -> DisabilityState.Handbook.INTELLECTUAL;
                    default -> DisabilityState.Handbook.MENTAL;
                };
        return new DisabilityState(evidence, handbook, techoTokyu, shogaiGaito, shogaiHanteiYmd);
    }

    ChildSpan span() {
        return new ChildSpan(atenabango(), birthDate(), from(), until(), disability());
    }
}
