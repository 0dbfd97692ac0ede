package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.Resident;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 住民票の写し at the counter (ADR 0027): choose the persons (世帯全員 or some) and the items, see them as they will be
 * printed (the preview is {@link Certificates}' own lines, checked and audited as an issuance is), then the PDF of
 * {@link JuminhyoLayout}. 個人番号 is offered only to staff holding the registry's 個人番号 role, and refused again by
 * {@code MyNumberAccess} to anyone else.
 */
@Controller
class CertificateScreens {

    private static final String FORM = ResidentScreens.SEARCH + "/{atenabango}/certificate";

    /** 請求者の区分 as the screen names them (the contract's codes). */
    static final Map<String, String> REQUESTERS = new LinkedHashMap<>();

    static {
        REQUESTERS.put("HONNIN", "本人");
        REQUESTERS.put("DOITSU_SETAI", "同一世帯の者");
        REQUESTERS.put("DAIRININ", "代理人");
        REQUESTERS.put("KOKKA_CHIHO", "国又は地方公共団体の機関");
        REQUESTERS.put("DAISANSHA", "第三者");
    }

    private final Certificates certificates;
    private final ResidentQueries queries;

    CertificateScreens(Certificates certificates, ResidentQueries queries) {
        this.certificates = certificates;
        this.queries = queries;
    }

    @GetMapping(FORM)
    String form(@PathVariable String atenabango, Model model) {
        ScreenForm form = ScreenForm.empty()
                .set("shurui", "JUMINHYO_NO_UTSUSHI")
                .set("seikyusha_kubun", "HONNIN")
                .set("hani", "ZENIN")
                .setList("atenabango", List.of(atenabango));
        return page(atenabango, form, model);
    }

    @PostMapping(FORM + "/preview")
    String preview(
            @PathVariable String atenabango, @RequestParam MultiValueMap<String, String> submitted, Model model) {
        ScreenForm form = new ScreenForm(submitted);
        CertificateOrder order = order(atenabango, form, model);
        if (order != null) {
            try {
                model.addAttribute("preview", certificates.preview(order));
                model.addAttribute("hidden", hidden(submitted));
                ScreenForm.person(queries, atenabango, model);
                form.show(model);
                return "resident-registry/certificate-preview";
            } catch (ProblemException refused) {
                form.refused(refused);
            }
        }
        return page(atenabango, form, model);
    }

    /** The PDF; a refused order goes back to the form with its errors. */
    @PostMapping(FORM + "/pdf")
    @Nullable
    String pdf(
            @PathVariable String atenabango,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpServletResponse response)
            throws IOException {
        ScreenForm form = new ScreenForm(submitted);
        CertificateOrder order = order(atenabango, form, model);
        if (order != null) {
            try {
                Certificates.Issued issued = certificates.issue(order);
                response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                response.setHeader(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("juminhyo-" + issued.certificateNumber() + ".pdf")
                                .build()
                                .toString());
                response.setContentLength(issued.pdf().length);
                response.getOutputStream().write(issued.pdf());
                return null;
            } catch (ProblemException refused) {
                form.refused(refused);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(atenabango, form, model);
    }

    /** The order the form describes, or null with its errors in {@code form}. */
    private @Nullable CertificateOrder order(String atenabango, ScreenForm form, Model model) {
        String purpose = form.get("seikyu_jiyu");
        if (purpose == null) {
            form.error("seikyu_jiyu", "請求事由を入力してください。");
        } else if (purpose.length() > 200) {
            form.error("seikyu_jiyu", "請求事由は200文字以内で入力してください。");
        }
        String requester = form.text("seikyusha_kubun");
        if (!REQUESTERS.containsKey(requester)) {
            form.error("seikyusha_kubun", "請求者の区分を選んでください。");
        }
        List<String> people;
        if ("ZENIN".equals(form.get("hani"))) {
            people = wholeHousehold(atenabango);
        } else {
            people = form.list("atenabango");
            if (people.isEmpty()) {
                form.error("atenabango", "写しに記載する者を選んでください。");
            }
        }
        if (form.hasErrors() || purpose == null) {
            return null;
        }
        return new CertificateOrder(
                "KISAI_JIKO_SHOMEISHO".equals(form.get("shurui")),
                people,
                CertificateOrder.Requester.byCode(requester),
                purpose,
                new CertificateOrder.Items(
                        form.checked("kisai-zokugara"),
                        form.checked("kisai-honseki"),
                        form.checked("kisai-juminhyocode"),
                        form.checked("kisai-kojinbango"),
                        form.checked("kisai-zairyu"),
                        form.checked("kisai-tennyumae_jusho")));
    }

    /** 世帯全員: the person's household today, in the order of the 世帯. */
    private List<String> wholeHousehold(String atenabango) {
        Resident resident = queries.resident(atenabango, null, null);
        return queries.household(resident.getSetaibango(), null, null).getMembers().stream()
                .map(Resident::getAtenabango)
                .toList();
    }

    private String page(String atenabango, ScreenForm form, Model model) {
        Resident resident = ScreenForm.person(queries, atenabango, model);
        if (resident != null) {
            try {
                Household household = queries.household(resident.getSetaibango(), null, null);
                model.addAttribute("household", household);
            } catch (ProblemException removed) {
                model.addAttribute("household", null);
            }
        }
        model.addAttribute("requesters", REQUESTERS);
        model.addAttribute("mayUseMyNumber", ResidentScreens.mayUseMyNumber());
        form.show(model);
        return "resident-registry/certificate";
    }

    /** What the preview sends on to the PDF: the form as filled (the CSRF token is the page's own). */
    private static List<Map.Entry<String, String>> hidden(MultiValueMap<String, String> submitted) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        submitted.forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                values.forEach(v -> out.add(Map.entry(name, v)));
            }
        });
        return out;
    }
}
