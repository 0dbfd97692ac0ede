package jp.kikan.platform.time;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.validation.InvalidValueException;

/**
 * Reading and writing 和暦 as on Japanese forms: 「令和6年4月1日」, 「令和元年5月1日」 (元年 for year 1, as 元号法 era
 * years are counted), short forms 「R6.4.1」, 「R06.04.01」, 「H31/4/30」, 「S64-1-7」, full-width digits
 * 「令和６年４月１日」 and the ligatures ㍻/㋿ (folded by NFKC). 旧暦 閏月 is written 「閏4月」.
 */
public final class WarekiFormat {

    private static final Pattern LONG = Pattern.compile("^(\\D+?)(元|\\d{1,3})年(閏)?(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern SHORT = Pattern.compile("^([A-Za-z])(\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{1,2})$");

    private WarekiFormat() {}

    /**
     * @throws InvalidValueException {@code wareki-format}, {@code wareki-unknown-era}, {@code wareki-out-of-era} or
     *     {@code invalid-date}
     */
    public static WarekiDate parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = LONG.matcher(s);
        if (m.matches()) {
            Era era = Era.byName(m.group(1))
                    .orElseThrow(
                            () -> new InvalidValueException("wareki-unknown-era", "元号「" + m.group(1) + "」は存在しません"));
            int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(4));
            int day = Integer.parseInt(m.group(5));
            return m.group(3) != null
                    ? WarekiDate.ofLunisolar(era, year, month, true, day)
                    : WarekiDate.of(era, year, month, day);
        }
        Matcher sm = SHORT.matcher(s);
        if (sm.matches()) {
            Era era = Era.byAbbreviation(sm.group(1).charAt(0))
                    .orElseThrow(() -> new InvalidValueException(
                            "wareki-unknown-era", "元号の略号「" + sm.group(1) + "」は M・T・S・H・R のいずれかです"));
            return WarekiDate.of(
                    era, Integer.parseInt(sm.group(2)), Integer.parseInt(sm.group(3)), Integer.parseInt(sm.group(4)));
        }
        throw new InvalidValueException("wareki-format", "和暦の日付は「令和6年4月1日」または「R6.4.1」の形で入力してください");
    }

    /** E.g. 「令和6年4月1日」, 「令和元年5月1日」, 「慶応4年閏4月1日」. */
    public static String format(WarekiDate date) {
        return date.era().name() + yearText(date.year()) + "年" + (date.isLeapMonth() ? "閏" : "") + date.month() + "月"
                + date.day() + "日";
    }

    /**
     * E.g. 「R6.4.1」.
     *
     * @throws InvalidValueException {@code wareki-format} for eras before 明治, which have no letter
     */
    public static String formatShort(WarekiDate date) {
        String letter = date.era()
                .abbreviation()
                .orElseThrow(() ->
                        new InvalidValueException("wareki-format", date.era().name() + "には略号がありません"));
        return letter + date.year() + "." + date.month() + "." + date.day();
    }

    /** 「元」 for 1, else the number: the part before 「年」 (also used for 年度). */
    static String yearText(int year) {
        return year == 1 ? "元" : Integer.toString(year);
    }
}
