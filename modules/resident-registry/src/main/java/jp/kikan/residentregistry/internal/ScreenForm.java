package jp.kikan.residentregistry.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.web.model.PersonInput;
import jp.kikan.residentregistry.web.model.Resident;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * One submitted screen form (ADR 0027): its values by field id, and the errors shown next to each field. The
 * contract's constraints (lengths, patterns, required items) are checked on the request the form builds, and the
 * API's own problem documents ({@link ProblemException#invalidParams()}) are turned into errors by field, so a form
 * says what the API would say. A field's id is its name in the contract with {@code [i]} and {@code .} as {@code -}
 * ({@code members[0].shimei.shimei} is {@code members-0-shimei-shimei}); the error has the id {@code <id>-error}.
 */
final class ScreenForm {

    /** 異動事由 by the contract's code, named as {@link ChangeReason} names them. */
    static final Map<String, String> REASONS = Arrays.stream(ChangeReason.values())
            .collect(Collectors.toUnmodifiableMap(ChangeReason::code, ChangeReason::japaneseName));

    /**
     * A date as typed at the counter: ISO (2026-04-01) or 和暦 (令和8年4月1日, R8.4.1); an impossible one is found by the
     * server ({@code RequestDates}), this only keeps other text from being sent.
     */
    static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|(明治|大正|昭和|平成|令和)(元|[0-9０-９]{1,2})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
            + "|[MTSHRmtshr][0-9]{1,2}[.\\/\\-][0-9]{1,2}[.\\/\\-][0-9]{1,2}";

    private static final String SUBMITTED = ScreenForm.class.getName() + ".submitted";
    private static final int KEPT_SUBMISSIONS = 50;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final MultiValueMap<String, String> all;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();

    ScreenForm(MultiValueMap<String, String> submitted) {
        this.all = submitted;
        submitted.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
    }

    /** An empty form, with a new submission key (see {@link #alreadyDone}). */
    static ScreenForm empty() {
        ScreenForm form = new ScreenForm(new LinkedMultiValueMap<>());
        form.values.put("form_key", UUID.randomUUID().toString());
        return form;
    }

    ScreenForm set(String id, @Nullable String value) {
        if (value != null) {
            values.put(id, value);
        }
        return this;
    }

    /** The value of {@code id}, stripped; null when blank. */
    @Nullable
    String get(String id) {
        String v = values.get(id);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The value of {@code id} as sent (a required item of the contract; blank is caught by its constraint). */
    String text(String id) {
        String v = get(id);
        return v == null ? "" : v;
    }

    boolean checked(String id) {
        return "on".equals(values.get(id)) || "true".equals(values.get(id));
    }

    /** Sets every value of a repeated field (check boxes). */
    ScreenForm setList(String name, List<String> chosen) {
        all.put(name, new ArrayList<>(chosen));
        return this;
    }

    /** Every value of a repeated field (check boxes). */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : all.getOrDefault(name, List.of())) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /**
     * The contract's item {@code list[index]} is the form's row {@code row} (a form skips its empty rows), so a
     * problem about it is shown next to that row's field.
     */
    void renameIndex(String list, int index, int row) {
        renamed.put(list + "[" + index + "]", list + "[" + row + "]");
    }

    private String rowName(String name) {
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            String key = e.getKey();
            if (name.equals(key) || name.startsWith(key + ".")) {
                return e.getValue() + name.substring(key.length());
            }
        }
        return name;
    }

    void error(String id, String message) {
        errors.putIfAbsent(id, message);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Checks {@code request} against the contract's constraints; true when it holds. */
    <T> boolean valid(Validator validator, T request) {
        for (ConstraintViolation<T> v : validator.validate(request)) {
            error(fieldId(rowName(jsonPath(v.getPropertyPath()))), v.getMessage());
        }
        return errors.isEmpty();
    }

    /** The API's refusal, each invalid field next to its field and the detail for the rest. */
    void refused(ProblemException refused) {
        for (InvalidParam p : refused.invalidParams()) {
            error(fieldId(rowName(p.name())), p.reason());
        }
        if (refused.invalidParams().isEmpty()) {
            error("", refused.detail());
        }
    }

    /** Puts the form, its errors and the date pattern in the model. */
    void show(Model model) {
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", all);
        model.addAttribute("datePattern", DATE_PATTERN);
    }

    /**
     * The page a submission with this form's key already led to, or null the first time: a form sent twice (a double
     * click, a reload, the back button) records its 異動 once, as an API request with the same {@code Idempotency-Key}.
     */
    @Nullable
    String alreadyDone(HttpSession session) {
        String key = get("form_key");
        if (key == null) {
            return null;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            return submitted(session).get(key);
        }
    }

    /** Remembers where this form's submission led (see {@link #alreadyDone}). */
    void done(HttpSession session, String page) {
        String key = get("form_key");
        if (key == null) {
            return;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, String> done = submitted(session);
            done.put(key, page);
            session.setAttribute(SUBMITTED, done);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> submitted(HttpSession session) {
        Object kept = session.getAttribute(SUBMITTED);
        Map<String, String> done = kept instanceof Map<?, ?> map ? (Map<String, String>) map : new LinkedHashMap<>();
        while (done.size() >= KEPT_SUBMISSIONS) {
            done.remove(done.keySet().iterator().next());
        }
        return done;
    }

    /** 性別 as chosen (the contract's codes); a value not offered is an error next to the field. */
    static PersonInput.SeibetsuEnum sex(ScreenForm form, String id) {
        String code = form.get(id);
        for (PersonInput.SeibetsuEnum s : PersonInput.SeibetsuEnum.values()) {
            if (s.getValue().equals(code)) {
                return s;
            }
        }
        form.error(id, "性別を選んでください。");
        return PersonInput.SeibetsuEnum._0;
    }

    /** The person a form is about, in the model as {@code resident} (read and audited as the person's page is). */
    static @Nullable Resident person(ResidentQueries queries, String atenabango, Model model) {
        try {
            Resident resident = queries.resident(atenabango, null, null);
            model.addAttribute("resident", resident);
            return resident;
        } catch (ProblemException refused) {
            model.addAttribute("notFound", refused.detail());
            return null;
        }
    }

    /**
     * Records the 異動 {@code request} asks for when it holds the contract's constraints, and goes on as {@link #recorded}
     * does; {@code null} when the request or the API refused it, its errors then next to their fields.
     */
    @Nullable
    <T> String record(
            Validator validator,
            T request,
            java.util.function.Function<T, IdoOutcome> recording,
            HttpSession session,
            RedirectAttributes redirect,
            String what) {
        if (!valid(validator, request)) {
            return null;
        }
        try {
            return recorded(this, session, redirect, recording.apply(request), what);
        } catch (ProblemException refused) {
            refused(refused);
            return null;
        }
    }

    /**
     * After a recorded 異動: remembers the submission, says what was recorded on the next page, and goes to the
     * person's page (Post/Redirect/Get).
     */
    static String recorded(
            ScreenForm form, HttpSession session, RedirectAttributes redirect, IdoOutcome outcome, String what) {
        String page = ResidentScreens.SEARCH + "/" + outcome.versions().get(0).atenabango;
        form.done(session, page);
        redirect.addFlashAttribute(
                "done",
                what + "を記録しました（異動日 " + outcome.idoYmd() + "、"
                        + outcome.versions().size() + "人）。" + (outcome.late() ? "届出期間を過ぎた届出です。" : ""));
        return "redirect:" + page;
    }

    /** The field id of a name in the contract: {@code members[0].shimei.shimei} → {@code members-0-shimei-shimei}. */
    static String fieldId(String name) {
        return name.replaceAll("[\\[\\].]+", "-").replaceAll("^-|-$", "");
    }

    /** A bean property path as the contract names it: {@code members[0].shimei.shimeiFurigana} → snake case. */
    private static String jsonPath(Path path) {
        return path.toString()
                .replaceAll("\\.?<[^>]*>", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
