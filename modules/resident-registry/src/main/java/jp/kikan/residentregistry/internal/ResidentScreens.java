package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.MyNumberAccess;
import jp.kikan.platform.ui.FieldErrors;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry's screens (窓口, ADR 0027): 住民の検索 and a person's page (the record as of a 基準日, the household, the
 * history, and the 異動 forms, 住民票の写し, 支援措置 and other businesses' actions that start from it). Each shows the
 * API's own answer ({@link ResidentQueries}), so the screens read, audit, search and withhold a DV-restricted address
 * exactly as the API does; they add only the form and the page.
 */
@Controller
class ResidentScreens {

    static final String SEARCH = "/ui/resident-registry/residents";

    private static final int PAGE_SIZE = 20;

    private final ResidentQueries queries;

    ResidentScreens(ResidentQueries queries) {
        this.queries = queries;
    }

    @GetMapping(SEARCH)
    String search(
            @RequestParam(defaultValue = "") String shimei,
            @RequestParam(defaultValue = "") String seinengappi,
            @RequestParam(defaultValue = "") String jusho,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        model.addAttribute("shimei", shimei);
        model.addAttribute("seinengappi", seinengappi);
        model.addAttribute("jusho", jusho);
        if (shimei.isBlank() && seinengappi.isBlank() && jusho.isBlank()) {
            return "resident-registry/search";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate birth = date("seinengappi", "生年月日", seinengappi, errors);
        int pageNumber = pageNumber(page, errors);
        // The contract's limits on the search (the API's method validation)
        if (shimei.length() > 100) {
            errors.put("shimei", "氏名は100文字以内で入力してください。");
        }
        if (jusho.length() > 200) {
            errors.put("jusho", "住所は200文字以内で入力してください。");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "resident-registry/search";
        }
        try {
            ResidentPage found = queries.search(
                    new ResidentQueries.Criteria(shimei, birth, jusho, null, null, null, false), pageNumber, PAGE_SIZE);
            model.addAttribute("found", found);
        } catch (ProblemException refused) {
            model.addAttribute("errors", FieldErrors.of(refused));
        }
        return "resident-registry/search";
    }

    @GetMapping(SEARCH + "/{atenabango}")
    String person(
            @PathVariable String atenabango,
            @RequestParam(defaultValue = "") String kijunbi,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate asOf = date("kijunbi", "基準日", kijunbi, errors);
        model.addAttribute("kijunbi", kijunbi);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            asOf = null;
        }
        Resident resident;
        try {
            resident = queries.resident(atenabango, asOf, null);
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("errors", FieldErrors.of(refused));
            return "resident-registry/person";
        }
        model.addAttribute("resident", resident);
        model.addAttribute("reasons", ScreenForm.REASONS);
        model.addAttribute("maySupport", ResidentViews.maySeeRestricted());
        try {
            model.addAttribute("household", queries.household(resident.getSetaibango(), asOf, null));
        } catch (ProblemException noneThatDay) {
            model.addAttribute("household", null); // a person removed that day has no household left
        }
        model.addAttribute("history", queries.history(atenabango));
        return "resident-registry/person";
    }

    /** Whether the staff member may have a 個人番号 printed (番号法 第9条: the registry's role for it). */
    static boolean mayUseMyNumber() {
        return CurrentStaff.find()
                .map(s -> s.hasRole(MyNumberAccess.roleFor(Business.RESIDENT_REGISTRY)))
                .orElse(false);
    }

    /** A date as the browser's date field sends it (ISO); a wrong one is an error next to its field. */
    private static @Nullable LocalDate date(String field, String label, String text, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, label + "は年月日（例 2026-04-01）で入力してください。");
            return null;
        }
    }

    private static int pageNumber(String text, Map<String, String> errors) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.put("page", "ページは0から10000までの数で指定してください。");
        return 0;
    }
}
