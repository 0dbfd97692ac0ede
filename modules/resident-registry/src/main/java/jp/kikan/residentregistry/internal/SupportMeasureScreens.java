package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.SupportMeasureRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * DV等支援措置 at the counter (ADR 0027), for the staff in charge only ({@value ResidentRegistrySecurity#SUPPORT_MEASURES},
 * as the API's path rule): the person's measures and the 申出 form, recorded by {@link SupportMeasureApplications} as
 * the API records it. Anyone else is refused (403) and the refusal audited.
 */
@Controller
class SupportMeasureScreens {

    private static final String FORM = ResidentScreens.SEARCH + "/{atenabango}/support-measures";

    /** 支援措置の区分 as the screen names them (the contract's codes). */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("DV", "配偶者からの暴力（DV）");
        KINDS.put("STALKER", "ストーカー行為等");
        KINDS.put("JIDO_GYAKUTAI", "児童虐待等");
        KINDS.put("SONOTA", "その他");
    }

    private final SupportMeasureApplications applications;
    private final ResidentQueries queries;
    private final Validator validator;
    private final AuditLog audit;

    SupportMeasureScreens(
            SupportMeasureApplications applications, ResidentQueries queries, Validator validator, AuditLog audit) {
        this.applications = applications;
        this.queries = queries;
        this.validator = validator;
        this.audit = audit;
    }

    @GetMapping(FORM)
    String form(@PathVariable String atenabango, Model model, HttpServletResponse response) {
        if (!ResidentViews.maySeeRestricted()) {
            return refused(response, "GET " + FORM.replace("{atenabango}", atenabango));
        }
        return page(atenabango, ScreenForm.empty().set("kubun", "DV"), model);
    }

    @PostMapping(FORM)
    String start(
            @PathVariable String atenabango,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpSession session,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!ResidentViews.maySeeRestricted()) {
            return refused(response, "POST " + FORM.replace("{atenabango}", atenabango));
        }
        ScreenForm form = new ScreenForm(submitted);
        String done = form.alreadyDone(session);
        if (done != null) {
            return "redirect:" + done;
        }
        SupportMeasureRequest.KubunEnum kubun = null;
        for (SupportMeasureRequest.KubunEnum k : SupportMeasureRequest.KubunEnum.values()) {
            if (k.getValue().equals(form.get("kubun"))) {
                kubun = k;
            }
        }
        if (kubun == null) {
            form.error("kubun", "支援措置の区分を選んでください。");
            kubun = SupportMeasureRequest.KubunEnum.DV;
        }
        SupportMeasureRequest request = new SupportMeasureRequest(kubun, form.text("kaishi_ymd"))
                .shuryoYmd(form.get("shuryo_ymd"))
                .awaseteShienAtenabango(form.list("awasete_shien_atenabango"));
        if (form.valid(validator, request)) {
            try {
                SupportMeasureApplications.Named started = applications.start(
                        atenabango,
                        request.getKubun().getValue(),
                        request.getKaishiYmd(),
                        request.getShuryoYmd(),
                        request.getAwaseteShienAtenabango());
                String page = ResidentScreens.SEARCH + "/" + atenabango;
                form.done(session, page);
                redirect.addFlashAttribute(
                        "done",
                        "支援措置を開始しました（開始日 " + started.measure().kaishiYmd + "、併せて支援を求める者 "
                                + started.persons().size() + "人）。");
                return "redirect:" + page;
            } catch (ProblemException refused) {
                form.refused(refused);
            }
        }
        return page(atenabango, form, model);
    }

    private String page(String atenabango, ScreenForm form, Model model) {
        Resident resident = ScreenForm.person(queries, atenabango, model);
        if (resident != null) {
            try {
                model.addAttribute("household", queries.household(resident.getSetaibango(), null, null));
                model.addAttribute("measures", applications.ofPerson(atenabango));
            } catch (ProblemException removed) {
                model.addAttribute("household", null);
                model.addAttribute("measures", List.of());
            }
        }
        model.addAttribute("kinds", KINDS);
        form.show(model);
        return "resident-registry/support-measure";
    }

    /** The platform's refusal page, audited as a refused screen is. */
    private String refused(HttpServletResponse response, String what) {
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                "権限のない画面の操作",
                null,
                AuditLog.ACCESS_DENIED,
                AuditEntry.Outcome.DENIED,
                what + " (" + ResidentRegistrySecurity.SUPPORT_MEASURES + ")"));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
