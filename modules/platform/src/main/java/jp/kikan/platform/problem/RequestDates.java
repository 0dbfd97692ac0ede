package jp.kikan.platform.problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Dates and months of API requests, as entered at the counter (ISO 8601 or 和暦, e.g. 「令和8年4月1日」); a wrong one is
 * a problem document naming the field, in Japanese.
 */
public final class RequestDates {

    /** The business's calendar days are Japanese ones. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private RequestDates() {}

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    public static LocalDate required(String field, @Nullable String text) {
        LocalDate date = optional(field, text);
        if (date == null) {
            throw ProblemException.invalid(
                    "項目「" + field + "」を入力してください。", new InvalidParam(field, "required", "必須項目です。"));
        }
        return date;
    }

    public static @Nullable LocalDate optional(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField(
                        field, new InvalidValueException("date", "存在しない日付です（" + value + "）"));
            }
        }
        try {
            return WarekiFormat.parse(value).toLocalDate();
        } catch (InvalidValueException e) {
            throw ProblemException.invalidField(field, e);
        }
    }

    /** A date that must not lie after today (届出 and 請求 are made on or before the day they are recorded). */
    public static LocalDate notFuture(String field, @Nullable String text) {
        LocalDate date = required(field, text);
        if (date.isAfter(today())) {
            throw Refusal.of("future-date", field, "未来の日付（" + date + "）は指定できません。");
        }
        return date;
    }

    public static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, new InvalidValueException("format", "年月は YYYY-MM で指定してください"));
        }
    }

    public static @Nullable YearMonth optionalMonth(String field, @Nullable String text) {
        return text == null || text.isBlank() ? null : month(field, text);
    }
}
