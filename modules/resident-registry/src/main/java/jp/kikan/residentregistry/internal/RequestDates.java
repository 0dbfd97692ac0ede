package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** Dates as entered at the counter: ISO 8601 or 和暦; a wrong one is a problem naming the field. */
final class RequestDates {

    private RequestDates() {}

    static LocalDate required(String field, @Nullable String text) {
        LocalDate date = optional(field, text);
        if (date == null) {
            throw ProblemException.invalid(
                    "項目「" + field + "」を入力してください。",
                    new jp.kikan.platform.problem.InvalidParam(field, "required", "必須項目です。"));
        }
        return date;
    }

    static @Nullable LocalDate optional(String field, @Nullable String text) {
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
}
