package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.web.model.AddressChangeRequest;
import jp.kikan.residentregistry.web.model.BirthRequest;
import jp.kikan.residentregistry.web.model.CorrectionRequest;
import jp.kikan.residentregistry.web.model.DeathRequest;
import jp.kikan.residentregistry.web.model.HouseholdChangeRequest;
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
import org.springframework.stereotype.Component;

/**
 * The contract's 届出 and 職権 requests (異動) turned into the processes' calls, for both web entrances: the API
 * ({@link NotificationController}) and the staff screens ({@link ChangeScreens}), so a request gets the same checks
 * and the same problem messages from either. Each request is checked in form first (every bad field named in one
 * problem, {@link Inputs}), then its process ({@link Entries}, {@link Moves}, {@link HouseholdChanges},
 * {@link Corrections}) checks the legal preconditions and records the 異動 in one transaction.
 */
@Component
class NotificationRequests {

    private final Entries entries;
    private final Moves moves;
    private final HouseholdChanges households;
    private final Corrections corrections;

    NotificationRequests(Entries entries, Moves moves, HouseholdChanges households, Corrections corrections) {
        this.entries = entries;
        this.moves = moves;
        this.households = households;
        this.corrections = corrections;
    }

    IdoOutcome recordMoveIn(MoveInRequest request) {
        return enter(
                Boolean.TRUE.equals(request.getTokureiTennyu()) ? ChangeReason.SPECIAL_MOVE_IN : ChangeReason.MOVE_IN,
                request);
    }

    IdoOutcome recordExOfficioEntry(MoveInRequest request) {
        return enter(ChangeReason.EX_OFFICIO_ENTRY, request);
    }

    private IdoOutcome enter(ChangeReason reason, MoveInRequest request) {
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
        return entries.enter(
                reason,
                nonNull(ido),
                todokede,
                request.getTennyumaeJusho(),
                blankToNull(request.getSetaibango()),
                nonNull(jusho),
                people,
                Boolean.TRUE.equals(request.getChofukuKakunin()));
    }

    IdoOutcome recordBirth(BirthRequest request) {
        Inputs in = new Inputs();
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        PersonData child = in.person("person", request.getPerson());
        in.check();
        return entries.birth(
                nonNull(child), todokede, request.getSetaibango(), Boolean.TRUE.equals(request.getChofukuKakunin()));
    }

    IdoOutcome recordAddressChange(AddressChangeRequest request, @Nullable String ifMatch) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        ResidentAddress jusho = in.address("jusho", request.getJusho());
        Map<String, String> zokugara = relationships(in, request.getZokugara());
        in.check();
        return moves.addressChange(
                nonNull(ido),
                todokede,
                request.getMembers(),
                blankToNull(request.getShinSetainushi()),
                zokugara,
                nonNull(jusho),
                blankToNull(ifMatch));
    }

    IdoOutcome recordMoveOut(MoveOutRequest request, @Nullable String ifMatch) {
        Inputs in = new Inputs();
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        LocalDate planned = in.date("tenshutsu_yotei_ymd", request.getTenshutsuYoteiYmd());
        in.check();
        return moves.moveOut(
                todokede,
                nonNull(planned),
                request.getTenshutsusakiJusho(),
                request.getMembers(),
                blankToNull(ifMatch));
    }

    IdoOutcome confirmMoveOut(MoveOutConfirmationRequest request) {
        LocalDate ido = RequestDates.required("idoymd", request.getIdoymd());
        return moves.confirmMoveOut(ido, request.getMembers());
    }

    IdoOutcome recordDeath(DeathRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate todokede = in.date("todokedeymd", request.getTodokedeymd());
        in.check();
        return moves.death(nonNull(ido), todokede, request.getAtenabango());
    }

    IdoOutcome recordHouseholdChange(HouseholdChangeRequest request) {
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
        return outcome;
    }

    IdoOutcome correctResident(String atenabango, CorrectionRequest request, @Nullable String ifMatch) {
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
        return corrections.correct(
                atenabango, ifMatch, from, request.getShuseiJiyu(), r -> changes.forEach(c -> c.accept(r)));
    }

    IdoOutcome removeResident(String atenabango, RemovalRequest request, @Nullable String ifMatch) {
        LocalDate ido = RequestDates.required("idoymd", request.getIdoymd());
        return corrections.remove(atenabango, ifMatch, ido, request.getShuseiJiyu());
    }

    IdoOutcome restoreResident(String atenabango, RestorationRequest request, @Nullable String ifMatch) {
        return corrections.restore(atenabango, ifMatch, request.getShuseiJiyu());
    }

    IdoOutcome recordResidenceStatusChange(String atenabango, ResidenceStatusChangeRequest request) {
        Inputs in = new Inputs();
        LocalDate ido = in.date("idoymd", request.getIdoymd());
        LocalDate ends = in.date("zairyukikan_manryo_ymd", request.getZairyukikanManryoYmd());
        in.check();
        ChangeReason reason =
                switch (request.getKubun()) {
                    case ZAIRYU_KIKAN_KOSHIN -> ChangeReason.PERIOD_OF_STAY_RENEWAL;
                    case ZAIRYU_SHIKAKU_HENKO -> ChangeReason.STATUS_OF_RESIDENCE_CHANGE;
                };
        return corrections.residenceStatus(
                atenabango,
                reason,
                nonNull(ido),
                request.getZairyushikaku(),
                request.getZairyukikan(),
                ends,
                request.getZairyukadoBango());
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
