package jp.kikan.childrearingallowance.domain;

/**
 * The reason of a 一部支給停止適用除外事由届出 (児童扶養手当法 第13条の3第2項): a 受給資格者 who shows one of these keeps
 * the whole 手当 after the 5年等経過.
 */
public enum Exemption {
    /** 就業している. */
    WORKING("就業している"),
    /** 求職活動その他自立を図るための活動をしている. */
    JOB_SEEKING("求職活動等自立を図るための活動をしている"),
    /** 身体上又は精神上の障害がある. */
    DISABLED("身体上又は精神上の障害がある"),
    /** 負傷又は疾病等により就業することが困難である. */
    ILL_OR_INJURED("負傷又は疾病等により就業が困難である"),
    /** 監護する児童又は親族が障害・負傷・疾病・要介護の状態にあり、介護のため就業することが困難である. */
    CARING("児童又は親族の介護等のため就業が困難である");

    private final String japanese;

    Exemption(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
