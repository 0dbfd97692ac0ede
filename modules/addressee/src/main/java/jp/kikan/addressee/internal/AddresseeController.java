package jp.kikan.addressee.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kikan.addressee.Addressee;
import jp.kikan.addressee.web.api.AddresseesApi;
import jp.kikan.addressee.web.api.NonResidentsApi;
import jp.kikan.addressee.web.model.Candidate;
import jp.kikan.addressee.web.model.NumberingRequest;
import jp.kikan.addressee.web.model.NumberingResult;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.time.WarekiFormat;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** 宛名の検索・照会 and 住登外者の付番 (処理区分 0 付番依頼, 1 既存番号利用, 2 候補選択). */
@RestController
class AddresseeController implements AddresseesApi, NonResidentsApi {

    private final AddresseeDirectory directory;

    AddresseeController(AddresseeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ResponseEntity<List<jp.kikan.addressee.web.model.Addressee>> searchAddressees(
            String tenantCode, String shimei, @Nullable LocalDate seinengappi, Integer size) {
        return ResponseEntity.ok(directory.search(shimei, seinengappi, size).stream()
                .map(AddresseeController::toApi)
                .toList());
    }

    @Override
    public ResponseEntity<jp.kikan.addressee.web.model.Addressee> getAddressee(String tenantCode, String atenabango) {
        Addressee found = directory
                .find(atenabango)
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の宛名は見つかりません。"));
        jp.kikan.addressee.web.model.Addressee out = toApi(found);
        if (!found.resident()) {
            out.nayoseKohosha(directory.mergeProposals(atenabango));
        }
        return ResponseEntity.ok(out);
    }

    @Override
    public ResponseEntity<NumberingResult> numberNonResident(
            String tenantCode, String idempotencyKey, NumberingRequest request) {
        String shimei = request.getShimei().strip();
        if (!SearchNormalizer.isFullWidth(shimei)) {
            throw ProblemException.invalid(
                    "氏名は全角文字で入力してください。", new InvalidParam("shimei", "full-width", "氏名は全角文字で入力してください。"));
        }
        LocalDate birth = date(request.getSeinengappi());
        String sex = request.getSeibetsu().getValue();
        switch (request.getShorikubun()) {
            case _1 -> {
                String existing = request.getAtenabango();
                if (existing == null || existing.isBlank()) {
                    throw ProblemException.invalid(
                            "既存番号利用には宛名番号が必要です。", new InvalidParam("atenabango", "required", "必須項目です。"));
                }
                Addressee found = directory
                        .find(existing)
                        .orElseThrow(() -> ProblemException.notFound("宛名番号「" + existing + "」の宛名は見つかりません。"));
                return ResponseEntity.ok(new NumberingResult(NumberingResult.ShorikekkaEnum.KIZON_RIYO, List.of())
                        .atenabango(found.atenabango()));
            }
            case _0 -> {
                List<AddresseeDirectory.Candidate> candidates =
                        directory.candidates(shimei, request.getShimeiFurigana(), birth, request.getJusho());
                if (!candidates.isEmpty()) {
                    return ResponseEntity.ok(new NumberingResult(
                            NumberingResult.ShorikekkaEnum.KOHO_ARI,
                            candidates.stream()
                                    .map(c -> new Candidate(toApi(c.addressee()), c.reasons()))
                                    .toList()));
                }
            }
            case _2 -> {
                // 候補選択: the business has checked the candidates and asks for a number anyway.
            }
        }
        NonResident person = directory.register(
                shimei, request.getShimeiFurigana(), birth, sex, request.getJusho(), request.getGyomuid());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new NumberingResult(NumberingResult.ShorikekkaEnum.FUBAN, List.of())
                        .atenabango(person.atenabango));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? LocalDate.parse(text)
                    : WarekiFormat.parse(text).toLocalDate();
        } catch (InvalidValueException e) {
            throw ProblemException.invalidField("seinengappi", e);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "seinengappi", new InvalidValueException("date", "存在しない日付です（" + text + "）"));
        }
    }

    static jp.kikan.addressee.web.model.Addressee toApi(Addressee a) {
        return new jp.kikan.addressee.web.model.Addressee(
                        a.atenabango(),
                        a.resident()
                                ? jp.kikan.addressee.web.model.Addressee.KubunEnum.JUMIN
                                : jp.kikan.addressee.web.model.Addressee.KubunEnum.JUTOGAI,
                        a.shimei(),
                        jp.kikan.addressee.web.model.Addressee.SeibetsuEnum.fromValue(a.sex()))
                .shimeiFurigana(a.furigana())
                .seinengappi(a.birthDate())
                .seinengappiFusho(a.birthDateFusho())
                .jusho(a.address());
    }
}
