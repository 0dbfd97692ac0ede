package jp.kikan.platform.internal.calendar;

import java.time.LocalDate;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.time.FiscalYear;
import jp.kikan.platform.time.WarekiDate;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.platform.validation.InvalidValueException;
import jp.kikan.platform.web.api.CalendarApi;
import jp.kikan.platform.web.model.DateConversion;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** 和暦 ⇄ 西暦 for forms and vendor systems, with the 年度 of the date. */
@RestController
class CalendarController implements CalendarApi {

    @Override
    public ResponseEntity<DateConversion> convertDate(
            String tenantCode, @Nullable LocalDate date, @Nullable String wareki) {
        if ((date == null) == (wareki == null)) {
            throw ProblemException.invalid(
                    "date（西暦）か wareki（和暦）のどちらか一方を指定してください。",
                    new InvalidParam(date == null ? "date" : "wareki", "exactly-one", "date と wareki のどちらか一方が必要です。"));
        }
        WarekiDate converted;
        try {
            converted = date != null ? WarekiDate.of(date) : WarekiFormat.parse(wareki);
        } catch (InvalidValueException e) {
            throw ProblemException.invalidField(date != null ? "date" : "wareki", e);
        }
        LocalDate gregorian;
        try {
            gregorian = converted.toLocalDate();
        } catch (InvalidValueException e) {
            throw ProblemException.invalidField("wareki", e);
        }
        FiscalYear fiscalYear = FiscalYear.of(gregorian);
        return ResponseEntity.ok(new DateConversion(
                gregorian,
                WarekiFormat.format(converted),
                WarekiFormat.formatShort(converted),
                converted.era().name(),
                fiscalYear.year(),
                fiscalYear.format()));
    }
}
