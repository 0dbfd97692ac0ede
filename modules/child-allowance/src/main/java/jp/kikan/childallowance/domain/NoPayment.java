package jp.kikan.childallowance.domain;

/**
 * 支給しない理由: why a month of 児童手当 pays nothing — no child the recipient is paid for (児童手当法 第4条第1項, 第3条第1項:
 * 18歳に達する日以後の最初の3月31日までの間にある児童), or the 所得上限限度額 (附則第2条, 2022-06 to 2024-09) — with the provision.
 *
 * @param reason why, in Japanese
 * @param source the provision
 */
public record NoPayment(String reason, String source) {}
