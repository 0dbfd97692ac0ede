package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.validation.InvalidValueException;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.web.model.Address;
import jp.kikan.residentregistry.web.model.ForeignResident;
import jp.kikan.residentregistry.web.model.PersonInput;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.Qualifications;
import org.jspecify.annotations.Nullable;

/**
 * Checks the form of request items (文字種, check digits, code lists, dates) and names every field at fault in one
 * problem document, before anything is read or written.
 */
final class Inputs {

    private final List<InvalidParam> problems = new ArrayList<>();

    void fail(String field, String code, String reason) {
        problems.add(new InvalidParam(field, code, reason));
    }

    /** Throws the collected problems, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(
                    "入力内容に誤りがあります（" + problems.get(0).name() + (problems.size() > 1 ? " ほか" : "") + "）。",
                    problems.toArray(InvalidParam[]::new));
        }
    }

    @Nullable
    LocalDate date(String field, @Nullable String text) {
        try {
            return RequestDates.optional(field, text);
        } catch (ProblemException e) {
            problems.addAll(e.invalidParams());
            return null;
        }
    }

    @Nullable
    PersonData person(String field, PersonInput in) {
        int before = problems.size();
        PersonName name = in.getShimei();
        String shimei = name.getShimei().strip();
        if (shimei.isEmpty()) {
            fail(field + ".shimei.shimei", "required", "氏名を入力してください。");
        } else if (!SearchNormalizer.isFullWidth(shimei)) {
            fail(field + ".shimei.shimei", "full-width", "氏名は全角文字で入力してください。");
        }
        String furigana =
                name.getShimeiFurigana() == null ? "" : name.getShimeiFurigana().strip();
        if (!furigana.isEmpty() && !furigana.matches("[\\p{InKatakana}　ー]+")) {
            fail(field + ".shimei.shimei_furigana", "katakana", "振り仮名は全角カタカナで入力してください。");
        }
        LocalDate birth = date(field + ".seinengappi", in.getSeinengappi());
        if (birth != null && birth.isAfter(LocalDate.now())) {
            fail(field + ".seinengappi", "future-date", "生年月日が未来の日付です。");
        }
        String zokugara = in.getZokugara().strip();
        if (!Relationships.isKnown(zokugara)) {
            fail(field + ".zokugara", "unknown-zokugara", "続柄「" + zokugara + "」は登録できません（世帯主、妻、子、同居人 等）。");
        }
        String kojinbango = in.getKojinbango();
        if (kojinbango != null) {
            checkMyNumber(field + ".kojinbango", kojinbango);
        }
        String code = in.getJuminhyocode();
        if (code != null && !ResidentCode.isValid(code)) {
            fail(field + ".juminhyocode", "format", "住民票コードは11桁の半角数字で入力してください。");
        }
        PersonData.@Nullable Foreign foreign = foreign(field + ".gaikokujin", in.getGaikokujin());
        if (problems.size() > before || birth == null) {
            return null;
        }
        return new PersonData(
                field,
                shimei,
                furigana,
                birth,
                in.getSeibetsu().getValue(),
                zokugara,
                in.getHonseki(),
                in.getHittosha(),
                code,
                kojinbango,
                foreign,
                qualifications(in.getShikaku()));
    }

    void checkMyNumber(String field, String value) {
        try {
            MyNumber.of(value);
        } catch (InvalidValueException e) {
            problems.add(InvalidParam.of(field, e));
        }
    }

    PersonData.@Nullable Foreign foreign(String field, @Nullable ForeignResident in) {
        if (in == null) {
            return null;
        }
        if (in.getKokuseki() == null || in.getKokuseki().isBlank()) {
            fail(field + ".kokuseki", "required", "外国人住民は国籍・地域を入力してください。");
            return null;
        }
        return new PersonData.Foreign(
                in.getKokuseki(),
                in.getHojin30jo45Kubun() == null
                        ? null
                        : in.getHojin30jo45Kubun().getValue(),
                in.getZairyushikaku(),
                in.getZairyukikan(),
                in.getZairyukikanManryoYmd(),
                in.getZairyukadoBango(),
                in.getTsusho(),
                in.getTsushoFurigana());
    }

    static PersonData.Qualifications qualifications(@Nullable Qualifications q) {
        if (q == null) {
            return PersonData.Qualifications.NONE;
        }
        return new PersonData.Qualifications(
                Boolean.TRUE.equals(q.getSenkyoninMeibo()),
                Boolean.TRUE.equals(q.getKokuho()),
                Boolean.TRUE.equals(q.getKoki()),
                Boolean.TRUE.equals(q.getKaigo()),
                Boolean.TRUE.equals(q.getKokunen()),
                Boolean.TRUE.equals(q.getJidoteate()));
    }

    /** A full address within the municipality: 町字, 番地号 and the codes are required. */
    @Nullable
    ResidentAddress address(String field, @Nullable Address in) {
        if (in == null) {
            fail(field, "required", "住所を入力してください。");
            return null;
        }
        int before = problems.size();
        require(field + ".jusho_shikuchosonkodo", in.getJushoShikuchosonkodo(), "市区町村コード");
        require(field + ".jusho_todofuken", in.getJushoTodofuken(), "都道府県");
        require(field + ".jusho_shikugunchosonmei", in.getJushoShikugunchosonmei(), "市区郡町村名");
        require(field + ".jusho_choaza", in.getJushoChoaza(), "町字");
        require(field + ".jusho_banchigohyoki", in.getJushoBanchigohyoki(), "番地号表記");
        if (problems.size() > before) {
            return null;
        }
        return new ResidentAddress(
                in.getJushoShikuchosonkodo(),
                in.getJushoChoazakodo() == null ? "9999999" : in.getJushoChoazakodo(),
                in.getJushoTodofuken(),
                in.getJushoShikugunchosonmei(),
                in.getJushoChoaza(),
                in.getJushoBanchigohyoki(),
                in.getJushoKatagaki());
    }

    private void require(String field, @Nullable String value, String label) {
        if (value == null || value.isBlank()) {
            fail(field, "required", label + "を入力してください。");
        }
    }
}
