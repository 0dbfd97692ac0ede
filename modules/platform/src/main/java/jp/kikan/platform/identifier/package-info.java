/**
 * Identifiers fixed by statute or by the national standard: 個人番号 (番号法), 法人番号 (法人番号の指定等に関する省令),
 * 全国地方公共団体コード (総務省), 住民票コード (住民基本台帳法) and 宛名番号 (共通機能標準仕様書). Each type is an
 * immutable value that can only be created valid; a value that breaks its rule raises
 * {@link jp.kikan.platform.validation.InvalidValueException} with a stable code ({@code format}, {@code check-digit})
 * and a Japanese reason. Personal numbers never print themselves: their {@code toString()} is masked.
 */
@org.springframework.modulith.NamedInterface("identifier")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.identifier;
