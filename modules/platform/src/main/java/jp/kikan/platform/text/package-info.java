/**
 * Text rules of the national standard: the 全角 (N) and 半角英数 (X) data types of the データ要件・連携要件標準仕様書, and
 * the 検索用正規化 used to find people and addresses whatever width, kana or 旧字/異体字 a clerk typed (文字要件 of
 * 地方公共団体情報システム標準化; the stored text itself keeps its 行政事務標準文字 and IVS untouched).
 */
@org.springframework.modulith.NamedInterface("text")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.text;
