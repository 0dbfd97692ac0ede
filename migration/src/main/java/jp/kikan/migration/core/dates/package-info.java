/**
 * Legacy date forms: 和暦 as legacy systems wrote it ({@code H310430}, {@code 3310430} with an era digit, {@code
 * 平成31年4月30日}, {@code S45.1.2}, {@code R1/5/1}) and 西暦 ({@code 1970-01-02}, {@code 19700102}), converted to the
 * standard's 西暦 DATE on top of the platform's {@link jp.kikan.platform.time.WarekiDate}; and 不詳 dates (年月日の一部または
 * 全部が不詳) kept with their 不詳表記 where the item allows them (データ要件・連携要件標準仕様書, DATE 型).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.dates;
