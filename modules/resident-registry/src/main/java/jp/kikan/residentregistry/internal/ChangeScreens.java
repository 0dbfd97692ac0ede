package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.web.model.AddressChangeRequest;
import jp.kikan.residentregistry.web.model.CorrectionRequest;
import jp.kikan.residentregistry.web.model.DeathRequest;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.HouseholdChangeRequest;
import jp.kikan.residentregistry.web.model.MoveOutRequest;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ZokugaraChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 異動 forms started from a person's page (ADR 0027): 転居, 転出, 死亡, 世帯変更 and 職権修正. Each builds the
 * contract's request, checks it against the contract and records it through {@link NotificationRequests} as the API
 * does; the versions the form was filled from travel with it (If-Match), so a change made meanwhile is refused rather
 * than overwritten. Then the person's page with a confirmation (PRG).
 */
@Controller
class ChangeScreens {

    private static final String PERSON = ResidentScreens.SEARCH + "/{atenabango}";

    /** 世帯変更の区分 as the screens name them. */
    static final Map<String, String> HOUSEHOLD_CHANGES = Map.of(
            "SETAINUSHI_HENKO", "世帯主変更",
            "SETAI_BUNRI", "世帯分離",
            "SETAI_GAPPEI", "世帯合併");

    /** A form of this controller: its template and what it records. */
    private enum Form {
        ADDRESS_CHANGE("address-change", "転居"),
        MOVE_OUT("move-out", "転出"),
        DEATH("death", "死亡"),
        HOUSEHOLD_CHANGE("household-change", "世帯変更"),
        CORRECTION("correction", "職権修正");

        final String path;
        final String title;

        Form(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    private final NotificationRequests requests;
    private final ResidentQueries queries;
    private final Validator validator;
    private final TenantDirectory tenants;

    ChangeScreens(
            NotificationRequests requests, ResidentQueries queries, Validator validator, TenantDirectory tenants) {
        this.requests = requests;
        this.queries = queries;
        this.validator = validator;
        this.tenants = tenants;
    }

    @GetMapping(PERSON + "/{form:address-change|move-out|death|household-change|correction}")
    String form(@PathVariable String atenabango, @PathVariable("form") String path, Model model) {
        Form form = byPath(path);
        ScreenForm empty = ScreenForm.empty();
        if (form == Form.ADDRESS_CHANGE || form == Form.MOVE_OUT) {
            empty.setList("members", List.of(atenabango));
        }
        if (form == Form.ADDRESS_CHANGE) {
            String tenant = CurrentStaff.find().orElseThrow().tenantCode();
            empty.set("jusho-jusho_shikuchosonkodo", tenant)
                    .set(
                            "jusho-jusho_shikugunchosonmei",
                            tenants.find(tenant).map(t -> t.name()).orElse(""));
        }
        if (form == Form.HOUSEHOLD_CHANGE) {
            empty.set("kubun", "SETAINUSHI_HENKO");
        }
        return page(form, atenabango, empty, model, true);
    }

    @PostMapping(PERSON + "/{form:address-change|move-out|death|household-change|correction}")
    String submit(
            @PathVariable String atenabango,
            @PathVariable("form") String path,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        Form form = byPath(path);
        ScreenForm in = new ScreenForm(submitted);
        String done = in.alreadyDone(session);
        if (done != null) {
            return "redirect:" + done;
        }
        try {
            IdoOutcome outcome = record(form, atenabango, in);
            if (outcome != null) {
                return ScreenForm.recorded(in, session, redirect, outcome, form.title);
            }
        } catch (ProblemException refused) {
            in.refused(refused);
        }
        return page(form, atenabango, in, model, false);
    }

    /** Records the form's 異動, or null when the form does not hold (its errors are then in {@code in}). */
    private @Nullable IdoOutcome record(Form form, String atenabango, ScreenForm in) {
        String ifMatch = in.get("if_match");
        switch (form) {
            case ADDRESS_CHANGE -> {
                AddressChangeRequest request = new AddressChangeRequest(
                                in.text("idoymd"), in.list("members"), EntryScreens.address(in, "jusho-"))
                        .todokedeymd(in.get("todokedeymd"))
                        .shinSetainushi(in.get("shin_setainushi"))
                        .zokugara(relationships(in));
                return in.valid(validator, request) ? requests.recordAddressChange(request, ifMatch) : null;
            }
            case MOVE_OUT -> {
                MoveOutRequest request = new MoveOutRequest(
                                in.text("tenshutsu_yotei_ymd"), in.text("tenshutsusaki_jusho"), in.list("members"))
                        .todokedeymd(in.get("todokedeymd"));
                return in.valid(validator, request) ? requests.recordMoveOut(request, ifMatch) : null;
            }
            case DEATH -> {
                DeathRequest request =
                        new DeathRequest(in.text("idoymd"), atenabango).todokedeymd(in.get("todokedeymd"));
                return in.valid(validator, request) ? requests.recordDeath(request) : null;
            }
            case HOUSEHOLD_CHANGE -> {
                HouseholdChangeRequest.KubunEnum kubun = householdChange(in);
                HouseholdChangeRequest request = new HouseholdChangeRequest(
                                kubun, in.text("idoymd"), in.text("setaibango"))
                        .todokedeymd(in.get("todokedeymd"))
                        .shinSetainushi(in.get("shin_setainushi"))
                        .gappeisakiSetaibango(in.get("gappeisaki_setaibango"))
                        .members(in.list("members"))
                        .zokugara(relationships(in));
                return in.valid(validator, request) ? requests.recordHouseholdChange(request) : null;
            }
            case CORRECTION -> {
                CorrectionRequest request = correction(in);
                return in.valid(validator, request) ? requests.correctResident(atenabango, request, ifMatch) : null;
            }
        }
        throw new IllegalStateException(form.name());
    }

    /** A 職権修正 of the items the form fills; a blank item is not corrected. */
    private static CorrectionRequest correction(ScreenForm in) {
        CorrectionRequest request = new CorrectionRequest(in.text("shusei_jiyu"))
                .tekiyoYmd(in.get("tekiyo_ymd"))
                .seinengappi(in.get("seinengappi"))
                .zokugara(in.get("zokugara"))
                .honseki(in.get("honseki"))
                .hittosha(in.get("hittosha"));
        String name = in.get("shimei-shimei");
        String furigana = in.get("shimei-shimei_furigana");
        if (name != null) {
            request.shimei(new PersonName(name).shimeiFurigana(furigana));
        } else if (furigana != null) {
            in.error("shimei-shimei", "振り仮名を修正するときは、氏名も入力してください。");
        }
        String sex = in.get("seibetsu");
        if (sex != null) {
            request.seibetsu(CorrectionRequest.SeibetsuEnum.fromValue(
                    ScreenForm.sex(in, "seibetsu").getValue()));
        }
        return request;
    }

    private static HouseholdChangeRequest.KubunEnum householdChange(ScreenForm in) {
        String kubun = in.text("kubun");
        for (HouseholdChangeRequest.KubunEnum k : HouseholdChangeRequest.KubunEnum.values()) {
            if (k.getValue().equals(kubun)) {
                return k;
            }
        }
        in.error("kubun", "世帯変更の区分を選んでください。");
        return HouseholdChangeRequest.KubunEnum.SETAINUSHI_HENKO;
    }

    /** The new 続柄 typed for members (field {@code zokugara-<宛名番号>}); a blank one keeps the 続柄. */
    private static List<ZokugaraChange> relationships(ScreenForm in) {
        List<ZokugaraChange> out = new ArrayList<>();
        List<String> rows = in.list("zokugara_atenabango");
        for (int row = 0; row < rows.size(); row++) {
            String zokugara = in.get("zokugara-" + row + "-zokugara");
            if (zokugara != null) {
                in.renameIndex("zokugara", out.size(), row);
                out.add(new ZokugaraChange(rows.get(row), zokugara));
            }
        }
        return out;
    }

    private String page(Form form, String atenabango, ScreenForm in, Model model, boolean fresh) {
        Resident resident = ScreenForm.person(queries, atenabango, model);
        if (resident != null) {
            in.set("setaibango", resident.getSetaibango());
            Household household = household(resident);
            model.addAttribute("household", household);
            if (fresh) {
                in.set("if_match", ifMatch(form, resident, household));
            }
        }
        model.addAttribute("title", form.title);
        model.addAttribute("householdChanges", HOUSEHOLD_CHANGES);
        in.show(model);
        return "resident-registry/" + form.path;
    }

    private @Nullable Household household(Resident resident) {
        try {
            return queries.household(resident.getSetaibango(), null, null);
        } catch (ProblemException removed) {
            return null; // a person removed from the registry has no household today
        }
    }

    /** The versions the form is filled from: the person's, or every member's for a move of several. */
    private static @Nullable String ifMatch(Form form, Resident resident, @Nullable Household household) {
        return switch (form) {
            case CORRECTION -> EntityTags.of(resident.getRirekibango());
            case ADDRESS_CHANGE, MOVE_OUT ->
                household == null
                        ? EntityTags.of(resident.getRirekibango())
                        : household.getMembers().stream()
                                .map(m -> EntityTags.of(m.getRirekibango()))
                                .collect(Collectors.joining(", "));
            default -> null;
        };
    }

    private static Form byPath(String path) {
        for (Form f : Form.values()) {
            if (f.path.equals(path)) {
                return f;
            }
        }
        throw new IllegalArgumentException(path); // the mapping's pattern admits only the forms' paths
    }
}
