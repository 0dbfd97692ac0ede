package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.web.model.Address;
import jp.kikan.residentregistry.web.model.BirthRequest;
import jp.kikan.residentregistry.web.model.MoveInRequest;
import jp.kikan.residentregistry.web.model.PersonInput;
import jp.kikan.residentregistry.web.model.PersonName;
import jp.kikan.residentregistry.web.model.Resident;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 転入 and 出生 forms (ADR 0027): each builds the contract's request, checks it against the contract, and records
 * it through {@link NotificationRequests} as the API does (same checks, processes, audit and problem messages); then
 * the person's page with a confirmation (PRG). 転入 starts from 住民の検索, 出生 from a member's page.
 */
@Controller
class EntryScreens {

    static final String MOVE_IN = ResidentScreens.SEARCH + "/move-in";
    static final String BIRTH = ResidentScreens.SEARCH + "/{atenabango}/birth";

    /** Persons one 転入 form takes (the contract takes up to 30: larger households are entered by the API). */
    static final int MOVE_IN_ROWS = 4;

    private final NotificationRequests requests;
    private final ResidentQueries queries;
    private final TenantDirectory tenants;
    private final Validator validator;

    EntryScreens(NotificationRequests requests, ResidentQueries queries, TenantDirectory tenants, Validator validator) {
        this.requests = requests;
        this.queries = queries;
        this.tenants = tenants;
        this.validator = validator;
    }

    @GetMapping(MOVE_IN)
    String moveInForm(Model model) {
        String tenant = CurrentStaff.find().orElseThrow().tenantCode();
        ScreenForm form = ScreenForm.empty()
                .set("jusho-jusho_shikuchosonkodo", tenant)
                .set(
                        "jusho-jusho_shikugunchosonmei",
                        tenants.find(tenant).map(t -> t.name()).orElse(""))
                .set("members-0-zokugara", Relationships.HEAD);
        return moveInPage(form, model);
    }

    @PostMapping(MOVE_IN)
    String moveIn(
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        ScreenForm form = new ScreenForm(submitted);
        String done = form.alreadyDone(session);
        if (done != null) {
            return "redirect:" + done;
        }
        List<PersonInput> members = new ArrayList<>();
        for (int row = 0; row < MOVE_IN_ROWS; row++) {
            String p = "members-" + row + "-";
            if (row > 0 && form.get(p + "shimei-shimei") == null && form.get(p + "seinengappi") == null) {
                continue; // an empty row
            }
            form.renameIndex("members", members.size(), row);
            members.add(person(form, p));
        }
        MoveInRequest request = new MoveInRequest(form.text("idoymd"), address(form, "jusho-"), members)
                .todokedeymd(form.get("todokedeymd"))
                .tennyumaeJusho(form.get("tennyumae_jusho"))
                .chofukuKakunin(form.checked("chofuku_kakunin"));
        String next = form.record(validator, request, requests::recordMoveIn, session, redirect, "転入");
        return next != null ? next : moveInPage(form, model);
    }

    private String moveInPage(ScreenForm form, Model model) {
        form.show(model);
        model.addAttribute("rows", MOVE_IN_ROWS);
        return "resident-registry/move-in";
    }

    @GetMapping(BIRTH)
    String birthForm(@PathVariable String atenabango, Model model) {
        return birthPage(atenabango, ScreenForm.empty().set("person-zokugara", "子"), model);
    }

    @PostMapping(BIRTH)
    String birth(
            @PathVariable String atenabango,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        ScreenForm form = new ScreenForm(submitted);
        String done = form.alreadyDone(session);
        if (done != null) {
            return "redirect:" + done;
        }
        BirthRequest request = new BirthRequest(form.text("setaibango"), person(form, "person-"))
                .todokedeymd(form.get("todokedeymd"))
                .chofukuKakunin(form.checked("chofuku_kakunin"));
        String next = form.record(validator, request, requests::recordBirth, session, redirect, "出生");
        return next != null ? next : birthPage(atenabango, form, model);
    }

    private String birthPage(String atenabango, ScreenForm form, Model model) {
        Resident parent = ScreenForm.person(queries, atenabango, model);
        if (parent != null) {
            form.set("setaibango", parent.getSetaibango());
        }
        form.show(model);
        return "resident-registry/birth";
    }

    /** A person as the form's fields {@code prefix}… give it (the contract's {@code PersonInput}). */
    static PersonInput person(ScreenForm form, String prefix) {
        return new PersonInput(
                new PersonName(form.text(prefix + "shimei-shimei"))
                        .shimeiFurigana(form.get(prefix + "shimei-shimei_furigana")),
                form.text(prefix + "seinengappi"),
                ScreenForm.sex(form, prefix + "seibetsu"),
                form.text(prefix + "zokugara"));
    }

    /** An address as the form's fields {@code prefix}… give it (the contract's {@code Address}). */
    static Address address(ScreenForm form, String prefix) {
        return new Address()
                .jushoShikuchosonkodo(form.get(prefix + "jusho_shikuchosonkodo"))
                .jushoTodofuken(form.get(prefix + "jusho_todofuken"))
                .jushoShikugunchosonmei(form.get(prefix + "jusho_shikugunchosonmei"))
                .jushoChoaza(form.get(prefix + "jusho_choaza"))
                .jushoBanchigohyoki(form.get(prefix + "jusho_banchigohyoki"))
                .jushoKatagaki(form.get(prefix + "jusho_katagaki"));
    }
}
