/**
 * Dates as Japanese administration writes them: 元号 and 和暦 (元号法 昭和54年法律第43号; before 1873 the lunisolar
 * 旧暦, replaced by the Gregorian calendar under 明治5年太政官布告第337号), the 年度 (地方自治法 第208条) and ages in law
 * (年齢計算ニ関スル法律, 民法 第143条). The wire format stays ISO 8601 西暦 (データ要件・連携要件標準仕様書); these types serve
 * display, 帳票 and the conversion of records kept in 和暦, including 戸籍 and 除籍 entries from before 1873.
 */
@org.springframework.modulith.NamedInterface("time")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.time;
