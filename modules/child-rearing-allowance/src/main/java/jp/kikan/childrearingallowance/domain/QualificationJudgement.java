package jp.kikan.childrearingallowance.domain;

/**
 * 支給要件の判定: whether a recipient qualifies for 児童扶養手当 in a month (児童扶養手当法 第4条), and why.
 *
 * @param qualifies whether the 支給要件 holds and no 除外事由 applies
 * @param reason    why, in Japanese
 * @param source    the provision
 */
public record QualificationJudgement(boolean qualifies, String reason, String source) {}
