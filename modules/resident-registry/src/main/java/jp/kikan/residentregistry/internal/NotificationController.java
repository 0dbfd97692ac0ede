package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.web.api.NotificationsApi;
import jp.kikan.residentregistry.web.model.AddressChangeRequest;
import jp.kikan.residentregistry.web.model.BirthRequest;
import jp.kikan.residentregistry.web.model.CorrectionRequest;
import jp.kikan.residentregistry.web.model.DeathRequest;
import jp.kikan.residentregistry.web.model.HouseholdChangeRequest;
import jp.kikan.residentregistry.web.model.IdoResult;
import jp.kikan.residentregistry.web.model.Idojiyu;
import jp.kikan.residentregistry.web.model.MoveInRequest;
import jp.kikan.residentregistry.web.model.MoveOutConfirmationRequest;
import jp.kikan.residentregistry.web.model.MoveOutRequest;
import jp.kikan.residentregistry.web.model.PersonInput;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.RemovalRequest;
import jp.kikan.residentregistry.web.model.ResidenceStatusChangeRequest;
import jp.kikan.residentregistry.web.model.RestorationRequest;
import jp.kikan.residentregistry.web.model.ZokugaraChange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 届出 and 職権 processes (異動). Requests are checked in form first (every bad field named in one problem), then
 * the process services checks the legal preconditions and records the 異動 in one transaction.
 */
@RestController
class NotificationController implements NotificationsApi {

    private final Entries entries;
    private final Moves moves;
    private final HouseholdChanges households;
    private final Corrections corrections;
    private final RegistryReader reader;

    NotificationController(
            Entries entries, Moves moves, HouseholdChanges households, Corrections corrections, RegistryReader reader) {
        this.entries = entries;
        this.moves = moves;
        this.households = households;
        this.corrections = corrections;
        this.reader = reader;
    }

    @Override
    public ResponseEntity<IdoResult> recordMoveIn(String tenantCode, String idempotencyKey, MoveInRequest request) {
        return enter(
                Boolean.TRUE.equals(request.getTokureiTennyu()) ? ChangeReason.SPECIAL_MOVE_IN : ChangeReason.MOVE_IN,
                request);
    }

    @Override
    public ResponseEntity<IdoResult> recordExOfficioEntry(
            String tenantCode, String idempotencyKey, MoveInRequest request) {
        return enter(ChangeReason.EX_OFFICIO_ENTRY, request);
    }

    private ResponseEntity<IdoResult> enter(ChangeReason reason, MoveInRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        ResidentAddress jusho = in.address("jusho", request.getJusho());
        List<PersonData> people = new ArrayList<>();
        List<PersonInput> members = request.getMembers();
        for (int i = 0; i < members.size(); i++) {
            PersonData p = in.person("members[" + i + "]", members.get(i));
            if (p != null) {
                people.add(p);
            }
        }
        in.check();
        return created(entries.enter(
                reason,
                nonNull(ido),
                todokede,
                request.getTennyumaeJusho(),
                blankToNull(request.getSetaibango()),
                nonNull(jusho),
                people,
                Boolean.TRUE.equals(request.getChofukuKakunin())));
    }

    @Override
    public ResponseEntity<IdoResult> recordBirth(String tenantCode, String idempotencyKey, BirthRequest request) {
        Inputs in = new Inputs();
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        PersonData child = in.person("person", request.getPerson());
        in.check();
        return created(entries.birth(
                nonNull(child), todokede, request.getSetaibango(), Boolean.TRUE.equals(request.getChofukuKakunin())));
    }

    @Override
    public ResponseEntity<IdoResult> recordAddressChange(
            String tenantCode, String idempotencyKey, AddressChangeRequest request, @Nullable String ifMatch) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        ResidentAddress jusho = in.address("jusho", request.getJusho());
        Map<String, String> zokugara = relationships(in, request.getZokugara());
        in.check();
        return created(moves.addressChange(
                nonNull(ido),
                todokede,
                request.getMembers(),
                blankToNull(request.getShinSetainushi()),
                zokugara,
                nonNull(jusho),
                blankToNull(ifMatch)));
    }

    @Override
    public ResponseEntity<IdoResult> recordMoveOut(
            String tenantCode, String idempotencyKey, MoveOutRequest request, @Nullable String ifMatch) {
        Inputs in = new Inputs();
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        LocalDate planned = in.date("tenshutsu_yotei_ymd", request.getTenshutsuYoteiYmd());
        in.check();
        return created(moves.moveOut(
                todokede,
                nonNull(planned),
                request.getTenshutsusakiJusho(),
                request.getMembers(),
                blankToNull(ifMatch)));
    }

    @Override
    public ResponseEntity<IdoResult> confirmMoveOut(
            String tenantCode, String idempotencyKey, MoveOutConfirmationRequest request) {
        LocalDate ido = RequestDates.required("idoymd", request.getIdoymd());
        return created(moves.confirmMoveOut(ido, request.getMembers()));
    }

    @Override
    public ResponseEntity<IdoResult> recordDeath(String tenantCode, String idempotencyKey, DeathRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        in.check();
        return created(moves.death(nonNull(ido), todokede, request.getAtenabango()));
    }

    @Override
    public ResponseEntity<IdoResult> recordHouseholdChange(
            String tenantCode, String idempotencyKey, HouseholdChangeRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        Map<String, String> zokugara = relationships(in, request.getZokugara());
        String head = blankToNull(request.getShinSetainushi());
        switch (request.getKubun()) {
            case SETAINUSHI_HENKO, SETAI_BUNRI -> {
                if (head == null) {
                    in.fail("shin_setainushi", "required", "新しい世帯主の宛名番号を入力してください。");
                }
            }
            case SETAI_GAPPEI -> {
                if (blankToNull(request.getGappeisakiSetaibango()) == null) {
                    in.fail("gappeisaki_setaibango", "required", "合併先の世帯番号を入力してください。");
                }
            }
        }
        List<String> members = request.getMembers() == null ? List.of() : request.getMembers();
        if (request.getKubun() == HouseholdChangeRequest.KubunEnum.SETAI_BUNRI && members.isEmpty()) {
            in.fail("members", "required", "分離する世帯員の宛名番号を入力してください。");
        }
        in.check();
        LocalDate date = nonNull(ido);
        IdoOutcome outcome =
                switch (request.getKubun()) {
                    case SETAINUSHI_HENKO ->
                        households.changeHead(date, todokede, request.getSetaibango(), nonNull(head), zokugara);
                    case SETAI_BUNRI ->
                        households.separate(date, todokede, request.getSetaibango(), members, nonNull(head), zokugara);
                    case SETAI_GAPPEI ->
                        households.merge(
                                date,
                                todokede,
                                request.getSetaibango(),
                                nonNull(request.getGappeisakiSetaibango()),
                                zokugara);
                };
        return created(outcome);
    }

    @Override
    public ResponseEntity<IdoResult> correctResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            CorrectionRequest request,
            @Nullable String ifMatch) {
        Inputs in = new Inputs();
        LocalDate from = in.date("tekiyo_ymd", request.getTekiyoYmd());
        LocalDate birth = in.date("seinengappi", request.getSeinengappi());
        List<Consumer<ResidentRecord>> changes = new ArrayList<>();
        PersonName name = request.getShimei();
        if (name != null) {
            if (!SearchNormalizer.isFullWidth(name.getShimei())) {
                in.fail("shimei.shimei", "full-width", "氏名は全角文字で入力してください。");
            }
            changes.add(r -> {
                r.shimei = name.getShimei();
                if (name.getShimeiFurigana() != null) {
                    r.shimeiFurigana = name.getShimeiFurigana();
                }
            });
        }
        if (birth != null) {
            changes.add(r -> {
                r.seinengappi = birth;
                r.seinengappiFusho = null; // a corrected birth date is an exact one
            });
        }
        if (request.getSeibetsu() != null) {
            String sex = request.getSeibetsu().getValue();
            changes.add(r -> r.seibetsu = sex);
        }
        String zokugara = request.getZokugara();
        if (zokugara != null) {
            if (!Relationships.isKnown(zokugara)) {
                in.fail("zokugara", "unknown-zokugara", "続柄「" + zokugara + "」は登録できません。");
            }
            changes.add(r -> r.zokugara = zokugara);
        }
        if (request.getHonseki() != null) {
            changes.add(r -> r.honseki = request.getHonseki());
        }
        if (request.getHittosha() != null) {
            changes.add(r -> r.hittosha = request.getHittosha());
        }
        String code = request.getJuminhyocode();
        if (code != null) {
            changes.add(r -> r.juminhyoCode = code);
        }
        String myNumber = request.getKojinbango();
        if (myNumber != null) {
            in.checkMyNumber("kojinbango", myNumber);
            changes.add(r -> r.kojinbango = myNumber);
        }
        if (request.getJusho() != null) {
            ResidentAddress jusho = in.address("jusho", request.getJusho());
            if (jusho != null) {
                changes.add(r -> r.address(jusho));
            }
        }
        if (request.getShikaku() != null) {
            PersonData.Qualifications q = Inputs.qualifications(request.getShikaku());
            changes.add(r -> {
                r.senkyoninMeibo = q.senkyoninMeibo();
                r.kokuho = q.kokuho();
                r.koki = q.koki();
                r.kaigo = q.kaigo();
                r.kokunen = q.kokunen();
                r.jidoteate = q.jidoteate();
            });
        }
        if (changes.isEmpty()) {
            in.fail("", "nothing-to-correct", "修正する項目を指定してください。");
        }
        in.check();
        return created(corrections.correct(
                atenabango, ifMatch, from, request.getShuseiJiyu(), r -> changes.forEach(c -> c.accept(r))));
    }

    @Override
    public ResponseEntity<IdoResult> removeResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            RemovalRequest request,
            @Nullable String ifMatch) {
        LocalDate ido = RequestDates.required("idoymd", request.getIdoymd());
        return created(corrections.remove(atenabango, ifMatch, ido, request.getShuseiJiyu()));
    }

    @Override
    public ResponseEntity<IdoResult> restoreResident(
            String tenantCode,
            String atenabango,
            String idempotencyKey,
            RestorationRequest request,
            @Nullable String ifMatch) {
        return created(corrections.restore(atenabango, ifMatch, request.getShuseiJiyu()));
    }

    @Override
    public ResponseEntity<IdoResult> recordResidenceStatusChange(
            String tenantCode, String atenabango, String idempotencyKey, ResidenceStatusChangeRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate ends = in.date("zairyukikan_manryo_ymd", request.getZairyukikanManryoYmd());
        in.check();
        ChangeReason reason =
                switch (request.getKubun()) {
                    case ZAIRYU_KIKAN_KOSHIN -> ChangeReason.PERIOD_OF_STAY_RENEWAL;
                    case ZAIRYU_SHIKAKU_HENKO -> ChangeReason.STATUS_OF_RESIDENCE_CHANGE;
                };
        return created(corrections.residenceStatus(
                atenabango,
                reason,
                nonNull(ido),
                request.getZairyushikaku(),
                request.getZairyukikan(),
                ends,
                request.getZairyukadoBango()));
    }

    private ResponseEntity<IdoResult> created(IdoOutcome outcome) {
        Set<String> restricted = reader.restricted(
                outcome.versions().stream().map(ResidentRecord::atenabango).toList());
        IdoResult result = new IdoResult(
                        outcome.idoId(),
                        Idojiyu.fromValue(outcome.reason().code()),
                        outcome.idoYmd(),
                        outcome.versions().stream()
                                .map(r -> ResidentViews.toApi(r, restricted.contains(r.atenabango), null))
                                .toList())
                .todokedeKigenKeika(outcome.late())
                .setaibango(outcome.setaibango());
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    private static Map<String, String> relationships(Inputs in, @Nullable List<ZokugaraChange> changes) {
        Map<String, String> out = new LinkedHashMap<>();
        if (changes == null) {
            return out;
        }
        for (int i = 0; i < changes.size(); i++) {
            ZokugaraChange c = changes.get(i);
            if (!Relationships.isKnown(c.getZokugara())) {
                in.fail("zokugara[" + i + "].zokugara", "unknown-zokugara", "続柄「" + c.getZokugara() + "」は登録できません。");
            }
            out.put(c.getAtenabango(), c.getZokugara());
        }
        return out;
    }

    private static <T> T nonNull(@Nullable T value) {
        if (value == null) {
            // Inputs.check() has already reported every missing or invalid item.
            throw ProblemException.invalid("入力内容に誤りがあります。", new InvalidParam("", "invalid", "入力内容に誤りがあります。"));
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
