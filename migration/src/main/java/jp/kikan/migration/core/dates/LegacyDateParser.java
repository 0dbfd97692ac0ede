package jp.kikan.migration.core.dates;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.time.Era;
import jp.kikan.platform.time.WarekiDate;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the date forms legacy 住民記録 data carries and returns the 西暦 date (or a {@link LegacyDate 不詳 date}).
 *
 * <p>Accepted forms (full-width digits and ㍻-style ligatures are folded by NFKC first, white space ignored):
 *
 * <ul>
 *   <li>西暦: {@code 1970-01-02}, {@code 1970/1/2}, {@code 1970.1.2}, {@code 19700102}, {@code 1970年1月2日};
 *   <li>和暦 with the era letter M/T/S/H/R: {@code S450102} (era letter + 2-digit era year + month + day), {@code
 *       S45.1.2}, {@code H31/4/30}, {@code R1-5-1}, {@code R元.5.1};
 *   <li>和暦 with an era digit (既存住基 style): {@code 3450102} = 昭和45年1月2日, digits 1 明治, 2 大正, 3 昭和, 4 平成, 5
 *       令和; and the two-digit 年号コード of the 中間標準レイアウト: {@code 03450102} (leading 0, so never a 西暦 year);
 *   <li>和暦 written out: {@code 昭和45年1月2日}, {@code 令和元年5月1日} (by {@link WarekiFormat#parse(String)});
 *   <li>不詳 (only where the item allows it): a 00 month and/or day in any compact form ({@code S450000}, {@code
 *       S450100}, {@code 3450000}, {@code 1970-00-00}, {@code 19700100}), {@code 昭和45年不詳}, {@code 昭和45年1月不詳},
 *       {@code 昭和45年頃}, {@code 1970年不詳}, {@code 不詳}.
 * </ul>
 *
 * <p>A date must exist in its era ({@code H310501}: 平成31年5月1日 does not exist, 令和 began that day; {@code H310230}
 * does not exist at all). The era-digit codes and the two-digit 年号コード are as legacy systems commonly use them; the
 * official code tables (既存住基改造仕様書, 中間標準レイアウト) are to be verified. Zero-filled values ({@code 0000000},
 * {@code 00000000}, {@code 0000-00-00}) mean "no date" in legacy layouts: see {@link #isZeroFilled(String)}.
 */
public final class LegacyDateParser {

    private static final Pattern WESTERN_SEPARATED = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern WESTERN_COMPACT = Pattern.compile("^([12]\\d{3})(\\d{2})(\\d{2})$");
    private static final Pattern WESTERN_WRITTEN =
            Pattern.compile("^(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?(不詳|頃|ごろ)?$");
    private static final Pattern ERA_LETTER_COMPACT = Pattern.compile("^([A-Za-z])(\\d{2})(\\d{2})(\\d{2})$");
    private static final Pattern ERA_LETTER_SEPARATED =
            Pattern.compile("^([A-Za-z])(元|\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{1,2})$");
    private static final Pattern ERA_DIGIT_COMPACT = Pattern.compile("^(\\d)(\\d{2})(\\d{2})(\\d{2})$");
    private static final Pattern ERA_TWO_DIGIT_COMPACT = Pattern.compile("^(0\\d)(\\d{2})(\\d{2})(\\d{2})$");
    private static final Pattern ERA_WRITTEN_FUSHO = Pattern.compile("^(\\D+?)(元|\\d{1,2})年(?:(\\d{1,2})月)?(不詳|頃|ごろ)$");
    private static final Pattern FUSHO_ONLY = Pattern.compile("^(年月日)?不詳$");
    private static final Pattern ZERO_FILLED = Pattern.compile("^0+([-/.]?0+){0,2}$");

    private static final String FORMAT_REASON =
            "日付の形式を解釈できません（例: 1970-01-02、19700102、S450102、3450102、昭和45年1月2日、S45.1.2）";

    private LegacyDateParser() {}

    /**
     * True for a zero-filled value such as {@code 0000000}, {@code 00000000} or {@code 0000-00-00}: legacy layouts
     * write "no date" this way, so the caller treats it as empty (and counts it).
     */
    public static boolean isZeroFilled(String text) {
        boolean zero = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0') {
                zero = true;
            } else if (c >= 0x80) {
                return ZERO_FILLED.matcher(fold(text)).matches();
            } else if (c != '-' && c != '/' && c != '.') {
                return false;
            }
        }
        return zero && ZERO_FILLED.matcher(text).matches();
    }

    /**
     * The date a legacy value stands for.
     *
     * @param text         the value as read (not empty, not zero-filled)
     * @param fushoAllowed whether the item allows a 不詳 date (e.g. 生年月日)
     * @throws InvalidValueException {@code date-format}, {@code invalid-date}, {@code wareki-out-of-era}, {@code
     *     wareki-unknown-era}, {@code wareki-lunisolar} or {@code date-fusho-not-allowed}
     */
    public static LegacyDate parse(String text, boolean fushoAllowed) {
        String s = fold(text);
        LegacyDate compact = compact(s);
        if (compact != null) {
            return compact;
        }
        Matcher m = first(s, WESTERN_SEPARATED, WESTERN_COMPACT);
        if (m != null) {
            return western(num(m, 1), num(m, 2), num(m, 3), null, fushoAllowed);
        }
        m = first(s, WESTERN_WRITTEN);
        if (m != null) {
            String marker = m.group(4);
            if (marker == null && (m.group(2) == null || m.group(3) == null)) {
                throw new InvalidValueException("date-format", FORMAT_REASON);
            }
            return western(num(m, 1), num(m, 2), num(m, 3), marker == null ? null : s, fushoAllowed);
        }
        m = first(s, ERA_LETTER_COMPACT, ERA_LETTER_SEPARATED);
        if (m != null) {
            char letter = m.group(1).charAt(0);
            Era era = Era.byAbbreviation(letter)
                    .orElseThrow(() -> new InvalidValueException(
                            "wareki-unknown-era", "元号の略号「" + letter + "」は M・T・S・H・R のいずれかです"));
            return wareki(era, eraYear(m.group(2)), num(m, 3), num(m, 4), null, fushoAllowed);
        }
        m = first(s, ERA_TWO_DIGIT_COMPACT, ERA_DIGIT_COMPACT);
        if (m != null) {
            int code = Integer.parseInt(m.group(1));
            Era era = eraForDigit(code)
                    .orElseThrow(() -> new InvalidValueException(
                            "wareki-unknown-era", "元号コード「" + code + "」は 1（明治）から 5（令和）のいずれかです"));
            return wareki(era, num(m, 2), num(m, 3), num(m, 4), null, fushoAllowed);
        }
        m = first(s, ERA_WRITTEN_FUSHO);
        if (m != null) {
            String name = m.group(1);
            Era era = Era.byName(name)
                    .orElseThrow(() -> new InvalidValueException("wareki-unknown-era", "元号「" + name + "」は存在しません"));
            return wareki(era, eraYear(m.group(2)), num(m, 3), 0, s, fushoAllowed);
        }
        if (FUSHO_ONLY.matcher(s).matches()) {
            requireFushoAllowed(fushoAllowed);
            return new LegacyDate(0, 0, 0, s);
        }
        try {
            return LegacyDate.of(WarekiFormat.parse(s).toLocalDate());
        } catch (InvalidValueException e) {
            if ("wareki-format".equals(e.code())) {
                throw new InvalidValueException("date-format", FORMAT_REASON);
            }
            throw e;
        }
    }

    /** The era of a legacy era digit (1 明治 … 5 令和; also the two-digit 01 … 05). */
    public static Optional<Era> eraForDigit(int code) {
        return switch (code) {
            case 1 -> Optional.of(Era.MEIJI);
            case 2 -> Optional.of(Era.TAISHO);
            case 3 -> Optional.of(Era.SHOWA);
            case 4 -> Optional.of(Era.HEISEI);
            case 5 -> Optional.of(Era.REIWA);
            default -> Optional.empty();
        };
    }

    /** The legacy era digit of a modern era (1 明治 … 5 令和). */
    public static int digitForEra(Era era) {
        for (int code = 1; code <= 5; code++) {
            if (eraForDigit(code).orElseThrow().equals(era)) {
                return code;
            }
        }
        throw new IllegalArgumentException("no era digit for " + era);
    }

    private static LegacyDate western(int year, int month, int day, @Nullable String writtenFusho, boolean allowed) {
        if (month == 0 || day == 0 || writtenFusho != null) {
            requirePartsOrder(month, day);
            requireFushoAllowed(allowed);
            if (year == 0 || month > 12) {
                throw new InvalidValueException("invalid-date", "存在しない日付です");
            }
            String hyoki = writtenFusho != null ? writtenFusho : year + "年" + (month > 0 ? month + "月" : "") + "不詳";
            return new LegacyDate(year, month, day, hyoki);
        }
        try {
            return LegacyDate.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new InvalidValueException("invalid-date", "存在しない日付です");
        }
    }

    private static LegacyDate wareki(
            Era era, int year, int month, int day, @Nullable String writtenFusho, boolean allowed) {
        if (month != 0 && day != 0 && writtenFusho == null) {
            return LegacyDate.of(WarekiDate.of(era, year, month, day).toLocalDate());
        }
        requirePartsOrder(month, day);
        requireFushoAllowed(allowed);
        if (month > 12) {
            throw new InvalidValueException("invalid-date", "存在しない日付です");
        }
        requireSomeDayInEra(era, year, month);
        String hyoki = writtenFusho != null
                ? writtenFusho
                : era.name() + (year == 1 ? "元" : Integer.toString(year)) + "年" + (month > 0 ? month + "月" : "") + "不詳";
        return new LegacyDate(era.westernYear(year), month, 0, hyoki);
    }

    /** A partly known date must still fall in its era: 令和元年4月 and 平成32年 do not exist. */
    private static void requireSomeDayInEra(Era era, int year, int month) {
        int[] months = month == 0 ? new int[] {1, 12} : new int[] {month, month};
        @Nullable InvalidValueException last = null;
        for (int m : months) {
            for (int d : new int[] {1, 28}) {
                try {
                    WarekiDate.of(era, year, m, d == 28 ? lastDay(era, year, m) : d);
                    return;
                } catch (InvalidValueException e) {
                    last = e;
                }
            }
        }
        throw Objects.requireNonNull(last);
    }

    private static int lastDay(Era era, int year, int month) {
        LocalDate first = LocalDate.of(Math.max(1, era.westernYear(year)), month, 1);
        return Math.min(first.lengthOfMonth(), 30);
    }

    private static void requirePartsOrder(int month, int day) {
        if (month == 0 && day != 0) {
            throw new InvalidValueException("invalid-date", "月が不詳で日だけが記載された日付は解釈できません");
        }
    }

    private static void requireFushoAllowed(boolean allowed) {
        if (!allowed) {
            throw new InvalidValueException("date-fusho-not-allowed", "この項目には不詳の日付を記載できません");
        }
    }

    private static @Nullable Matcher first(String s, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private static int eraYear(String text) {
        return "元".equals(text) ? 1 : Integer.parseInt(text);
    }

    private static int num(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? 0 : Integer.parseInt(g);
    }

    /**
     * The fast path for the forms millions of legacy records use ({@code 1970-01-02}, {@code 19700102}, {@code
     * 3450102}, {@code S450102}) when they are plainly valid; anything else (including every error) goes the long way.
     */
    private static @Nullable LegacyDate compact(String s) {
        int n = s.length();
        if (n == 10
                && s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && digits(s, 0, 4)
                && digits(s, 5, 7)
                && digits(s, 8, 10)) {
            return exactWestern(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
        }
        if (n == 8 && digits(s, 0, 8) && (s.charAt(0) == '1' || s.charAt(0) == '2')) {
            return exactWestern(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
        }
        Era era = null;
        if (n == 7 && digits(s, 0, 7)) {
            era = eraForDigit(s.charAt(0) - '0').orElse(null);
        } else if (n == 7 && digits(s, 1, 7)) {
            era = Era.byAbbreviation(s.charAt(0)).orElse(null);
        }
        if (era == null) {
            return null;
        }
        return ModernEras.exact(era, num(s, 1, 3), num(s, 3, 5), num(s, 5, 7));
    }

    private static @Nullable LegacyDate exactWestern(int year, int month, int day) {
        if (month < 1
                || month > 12
                || day < 1
                || (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth())) {
            return null;
        }
        return LegacyDate.of(LocalDate.of(year, month, day));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }

    private static String fold(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || c <= ' ') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder s = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!Character.isWhitespace(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
