package jp.kikan.childallowance.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.benefit.contract.EntitlementRequests;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.Residents;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.web.model.Jotai;
import jp.kikan.childallowance.web.model.MonthlyAmount;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.ui.FieldErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 児童手当's screens (窓口, ADR 0027): the 認定請求 started from a person's page with the household already filled in and
 * the 認定請求書 printed from it for the applicant's signature (書かない窓口), the 受給資格 with its months and amounts
 * and its 認定 or 却下, the list of 受給資格 and of 額改定 proposals waiting for a clerk, and the 支払処理. Each calls the
 * processes the API calls, so the screens audit, refuse and withhold exactly as the API does.
 */
@Controller
class ChildAllowanceScreens {

    static final String BASE = "/ui/child-allowance";
    static final String ENTITLEMENTS = BASE + "/entitlements";
    /** A new 認定請求, below the 受給資格 so that the same roles guard it. */
    static final String CLAIM = ENTITLEMENTS + "/new/{atenabango}";

    static final String PAYMENTS = BASE + "/payments";

    /** 状態 of a 受給資格 as the screens name it, by the contract's code, in its order. */
    static final Map<String, String> PHASE_NAMES = Arrays.stream(Jotai.values())
            .collect(java.util.stream.Collectors.toMap(
                    Jotai::getValue, ChildAllowanceScreens::phaseName, (a, b) -> a, LinkedHashMap::new));

    /** How many months of a 受給資格 its page shows, from its 支給開始月. */
    private static final int MONTHS_SHOWN = 12;

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final Claims claims;
    private final Decisions decisions;
    private final AmountQueries amounts;
    private final Residents residents;
    private final PaymentRuns runs;
    private final ChildAllowancePayments law;
    private final ClaimForms forms;

    ChildAllowanceScreens(
            EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle,
            Claims claims,
            Decisions decisions,
            AmountQueries amounts,
            Residents residents,
            PaymentRuns runs,
            ChildAllowancePayments law,
            ClaimForms forms) {
        this.lifecycle = lifecycle;
        this.claims = claims;
        this.decisions = decisions;
        this.amounts = amounts;
        this.residents = residents;
        this.runs = runs;
        this.law = law;
        this.forms = forms;
    }

    // --- 受給資格の一覧 and the 額改定 proposals waiting ---

    @GetMapping(ENTITLEMENTS)
    String entitlements(@RequestParam(defaultValue = "") String jotai, Model model) {
        Phase phase = EntitlementRequests.phase(
                Entitlement.CODES,
                Arrays.stream(Jotai.values())
                        .filter(j -> j.getValue().equals(jotai))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("jotai", phase == null ? "" : jotai);
        model.addAttribute("jotaiNames", PHASE_NAMES);
        model.addAttribute(
                "entitlements",
                lifecycle.search(null, phase, 100).stream()
                        .map(EntitlementViews::of)
                        .toList());
        model.addAttribute("proposals", BenefitViews.proposals(lifecycle.proposals(100)));
        return "child-allowance/entitlements";
    }

    // --- 認定請求 (書かない窓口) ---

    @GetMapping(CLAIM)
    String claimForm(@PathVariable String atenabango, Model model, HttpServletResponse response) {
        LocalDate today = RequestDates.today();
        try {
            model.addAttribute("form", forms.prefill(atenabango, today));
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("errors", FieldErrors.of(refused));
        }
        model.addAttribute("seikyuYmd", today.toString());
        return "child-allowance/claim";
    }

    @GetMapping(CLAIM + "/application.pdf")
    ResponseEntity<byte[]> claimApplication(
            @PathVariable String atenabango, @RequestParam MultiValueMap<String, String> chosen) {
        ClaimForms.Prefilled form = forms.prefill(atenabango, RequestDates.today());
        byte[] pdf = forms.application(form, chosen(form, chosen));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("jidoteate-ninteiseikyusho.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping(ENTITLEMENTS)
    String claim(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String applicant = form.getFirst("jukyusha_atenabango");
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = RequestDates.notFuture("seikyu_ymd", form.getFirst("seikyu_ymd"));
        } catch (ProblemException refused) {
            errors.putAll(FieldErrors.of(refused));
        }
        ClaimForms.Prefilled prefilled;
        try {
            prefilled = forms.prefill(String.valueOf(applicant), date == null ? RequestDates.today() : date);
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("errors", FieldErrors.of(refused));
            return "child-allowance/claim";
        }
        List<ClaimForms.Candidate> chosen = chosen(prefilled, form);
        if (chosen.isEmpty()) {
            errors.put("jido", "請求する児童を1人以上選んでください。");
        }
        if (!errors.isEmpty() || date == null) {
            return again(model, response, prefilled, form, errors);
        }
        List<Claims.ClaimedChild> children = chosen.stream()
                .map(c -> new Claims.ClaimedChild(
                        c.atenabango(),
                        "tashi_santei_nomi".equals(form.getFirst("kango_" + c.atenabango()))
                                ? Child.Care.COUNTED_FOR_RANK_ONLY
                                : Child.Care.SUPPORTED,
                        form.containsKey("kakunin_" + c.atenabango())))
                .toList();
        try {
            Entitlement e = claims.claim(
                    new Claims.Claim(date, prefilled.applicant().atenabango(), children, null, null, null, null));
            redirect.addFlashAttribute("done", "認定請求を受け付けました。内容を確認し、認定または却下してください。");
            return "redirect:" + ENTITLEMENTS + "/" + e.id();
        } catch (ProblemException refused) {
            errors.putAll(FieldErrors.of(refused));
            return again(model, response, prefilled, form, errors);
        }
    }

    private String again(
            Model model,
            HttpServletResponse response,
            ClaimForms.Prefilled prefilled,
            MultiValueMap<String, String> form,
            Map<String, String> errors) {
        response.setStatus(422);
        model.addAttribute("form", prefilled);
        model.addAttribute("seikyuYmd", form.getFirst("seikyu_ymd"));
        model.addAttribute("errors", errors);
        return "child-allowance/claim";
    }

    /** The candidates the clerk ticked ({@code jido}), in the household's order. */
    private static List<ClaimForms.Candidate> chosen(ClaimForms.Prefilled form, MultiValueMap<String, String> request) {
        List<String> ticked = request.getOrDefault("jido", List.of());
        return form.candidates().stream()
                .filter(c -> ticked.contains(c.atenabango()))
                .toList();
    }

    // --- the 受給資格, its months, 認定 and 却下 ---

    @GetMapping(ENTITLEMENTS + "/{id}")
    String entitlement(@PathVariable String id, Model model, HttpServletResponse response) {
        UUID entitlementId;
        Entitlement e;
        try {
            entitlementId = UUID.fromString(id);
            e = lifecycle.get(entitlementId);
        } catch (IllegalArgumentException notAnId) {
            response.setStatus(404);
            model.addAttribute("errors", Map.of("", "受給資格が見つかりません。"));
            return "child-allowance/entitlement";
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("errors", FieldErrors.of(refused));
            return "child-allowance/entitlement";
        }
        model.addAttribute("e", EntitlementViews.of(e));
        model.addAttribute("jotaiNames", PHASE_NAMES);
        model.addAttribute("version", e.version());
        model.addAttribute("recipient", residents.now(e.recipient()).orElse(null));
        model.addAttribute("names", names(e));
        model.addAttribute("today", RequestDates.today().toString());
        if (!e.is(Phase.REJECTED)) {
            List<MonthlyAmount> months = new ArrayList<>();
            YearMonth last = e.end() == null ? e.start().plusMonths(MONTHS_SHOWN - 1) : e.end();
            for (YearMonth m = e.start(); !m.isAfter(last) && months.size() < MONTHS_SHOWN; m = m.plusMonths(1)) {
                EntitlementLifecycle.MonthRead<MonthAmount> read = lifecycle.amount(entitlementId, m, amounts::of);
                months.add(EntitlementViews.amount(read.amount(), read.inPeriod()));
            }
            model.addAttribute("months", months);
        }
        return "child-allowance/entitlement";
    }

    @PostMapping(ENTITLEMENTS + "/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kekka,
            @RequestParam(name = "ketteiymd", defaultValue = "") String decided,
            @RequestParam(name = "kyakka_riyu", defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String version,
            RedirectAttributes redirect) {
        try {
            EntitlementLifecycle.Decision decision = EntitlementRequests.decision(
                    "nintei".equals(kekka), decided.strip(), reason.isBlank() ? null : reason.strip());
            decisions.decide(id, decision, EntityTags.of(parseVersion(version)));
            redirect.addFlashAttribute("done", "nintei".equals(kekka) ? "認定しました。" : "却下しました。");
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("errors", FieldErrors.of(refused));
        }
        return "redirect:" + ENTITLEMENTS + "/" + id;
    }

    // --- 支払処理 ---

    @GetMapping(PAYMENTS)
    String payments(@RequestParam(name = "shiharai_ym", defaultValue = "") String month, Model model) {
        model.addAttribute("shiharaiYm", month);
        if (!month.isBlank()) {
            try {
                model.addAttribute(
                        "runs",
                        runs.runs(law, RequestDates.month("shiharai_ym", month.strip())).stream()
                                .map(ChildAllowancePaymentController::run)
                                .toList());
            } catch (ProblemException refused) {
                model.addAttribute("errors", FieldErrors.of(refused));
            }
        }
        return "child-allowance/payments";
    }

    @PostMapping(PAYMENTS)
    String runPayments(
            @RequestParam(name = "shiharai_ym", defaultValue = "") String month, RedirectAttributes redirect) {
        YearMonth paid;
        try {
            paid = RequestDates.month("shiharai_ym", month.strip());
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("errors", FieldErrors.of(refused));
            return "redirect:" + PAYMENTS;
        }
        try {
            PaymentRuns.Outcome outcome = runs.run(law, paid);
            redirect.addFlashAttribute(
                    "done",
                    outcome.created()
                            ? "支払処理を行いました（第" + outcome.run().kaisu() + "回）。"
                            : "新たに支払うものはありませんでした。前回の処理の結果を表示します。");
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("errors", FieldErrors.of(refused));
        }
        return "redirect:" + PAYMENTS + "?shiharai_ym=" + paid;
    }

    private static String phaseName(Jotai jotai) {
        return switch (jotai) {
            case SHINSEI -> "認定請求中";
            case NINTEI -> "認定";
            case KYAKKA -> "却下";
            case SHOMETSU -> "消滅";
        };
    }

    /** The version the form was shown at (a lost update is refused as the API refuses it). */
    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The children's names, as the registry records them now (read through its facade, audited). */
    private Map<String, String> names(Entitlement e) {
        Map<String, String> names = new LinkedHashMap<>();
        for (EntitlementChild c : e.children()) {
            residents.now(c.atenabango()).ifPresent(p -> names.put(c.atenabango(), p.shimei()));
        }
        return names;
    }
}
