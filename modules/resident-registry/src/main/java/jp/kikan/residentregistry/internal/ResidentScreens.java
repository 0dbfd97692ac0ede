package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
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
 * history). Each shows the API's own answer ({@link ResidentQueryController}), so the screens read, audit, search and
 * withhold a DV-restricted address exactly as the API does; they add only the form and the page.
 */
@Controller
class ResidentScreens {

    static final String SEARCH = "/ui/resident-registry/residents";

    private static final int PAGE_SIZE = 20;

    /** 異動事由 as the screens name them (the codes of the contract's {@code Idojiyu}). */
    static final Map<String, String> CHANGE_REASONS = Map.ofEntries(
            Map.entry("TENNYU", "転入"),
            Map.entry("TOKUREI_TENNYU", "特例転入"),
            Map.entry("SHOKKEN_KISAI", "職権記載"),
            Map.entry("SHUSSEI", "出生"),
            Map.entry("TENKYO", "転居"),
            Map.entry("TENSHUTSU_YOTEI", "転出予定"),
            Map.entry("TENSHUTSU", "転出確定"),
            Map.entry("SHIBO", "死亡"),
            Map.entry("SETAINUSHI_HENKO", "世帯主変更"),
            Map.entry("SETAI_BUNRI", "世帯分離"),
            Map.entry("SETAI_GAPPEI", "世帯合併"),
            Map.entry("SETAI_KOSEI_HENKO", "世帯構成変更"),
            Map.entry("SHOKKEN_SHUSEI", "職権修正"),
            Map.entry("SHOKKEN_SHOJO", "職権消除"),
            Map.entry("KAIFUKU", "回復"),
            Map.entry("ZAIRYU_KIKAN_KOSHIN", "在留期間更新"),
            Map.entry("ZAIRYU_SHIKAKU_HENKO", "在留資格変更"),
            Map.entry("IKO", "データ移行"));

    private final ResidentQueryController queries;

    ResidentScreens(ResidentQueryController queries) {
        this.queries = queries;
    }

    @GetMapping(SEARCH)
    String search(
            @RequestParam(defaultValue = "") String shimei,
            @RequestParam(defaultValue = "") String seinengappi,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        model.addAttribute("shimei", shimei);
        model.addAttribute("seinengappi", seinengappi);
        if (shimei.isBlank() && seinengappi.isBlank()) {
            return "resident-registry/search";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate birth = date("seinengappi", "生年月日", seinengappi, errors);
        int pageNumber = pageNumber(page, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "resident-registry/search";
        }
        try {
            ResidentPage found = queries.searchResidents(
                            tenant(),
                            shimei.isBlank() ? null : shimei.strip(),
                            birth,
                            null,
                            null,
                            null,
                            null,
                            false,
                            pageNumber,
                            PAGE_SIZE)
                    .getBody();
            model.addAttribute("found", found);
        } catch (ProblemException refused) {
            model.addAttribute("errors", errors(refused));
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
            resident = queries.getResident(tenant(), atenabango, asOf, null).getBody();
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("errors", errors(refused));
            return "resident-registry/person";
        }
        model.addAttribute("resident", resident);
        model.addAttribute("reasons", CHANGE_REASONS);
        if (resident != null) {
            model.addAttribute(
                    "household",
                    queries.getHousehold(tenant(), resident.getSetaibango(), asOf, null)
                            .getBody());
            model.addAttribute(
                    "history", queries.getResidentHistory(tenant(), atenabango).getBody());
        }
        return "resident-registry/person";
    }

    private static String tenant() {
        return CurrentStaff.find().orElseThrow().tenantCode();
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

    /** The API's refusal, each invalid field next to its field and the detail for the rest. */
    private static Map<String, String> errors(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidParam p : refused.invalidParams()) {
            errors.put(p.name(), p.reason());
        }
        if (errors.isEmpty()) {
            errors.put("", refused.detail());
        }
        return errors;
    }
}
