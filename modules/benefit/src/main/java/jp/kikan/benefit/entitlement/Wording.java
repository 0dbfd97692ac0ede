package jp.kikan.benefit.entitlement;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A law's words in the history and the refusals of the shared steps, from its resource bundle (UTF-8 properties, one
 * per law, e.g. {@code jp/kikan/childallowance/internal/entitlement.properties}): the name of its end, the texts of a
 * child counted or no longer counted, of a proposal on a birth, and its 事由 ({@code reason.<CODE>}). A missing key is
 * found when the law's lifecycle is built, not at the counter.
 */
public final class Wording {

    /** The keys every law's bundle has. */
    static final String[] KEYS = {
        "end.name",
        "end.text",
        "child.counted",
        "child.uncounted",
        "child.already-counted",
        "child.not-counted",
        "child.counted-elsewhere",
        "birth.proposal"
    };

    private final ResourceBundle bundle;

    private Wording(ResourceBundle bundle) {
        this.bundle = bundle;
        for (String key : KEYS) {
            if (!bundle.containsKey(key)) {
                throw new MissingResourceException("no " + key + " in the law's wording", Wording.class.getName(), key);
            }
        }
    }

    /** The wording of the bundle {@code baseName} ({@code jp.kikan.childallowance.internal.entitlement}). */
    public static Wording of(String baseName) {
        return new Wording(ResourceBundle.getBundle(baseName, Locale.JAPAN));
    }

    /** The name of the end: 消滅, 資格喪失. */
    public String endName() {
        return bundle.getString("end.name");
    }

    /** The history's text of the end, given why ({@code why}) and its last month's rule. */
    public String endText(String why, Effective last) {
        return format("end.text", why, last.reason());
    }

    /** The history's text of a child counted from {@code from}. */
    public String counted(String child, Effective from) {
        return format("child.counted", child, from.month().toString(), from.reason());
    }

    /** The history's text of a child no longer counted from {@code from}. */
    public String uncounted(String child, Effective from) {
        return format("child.uncounted", child, from.month().toString(), from.reason());
    }

    /** Why a child cannot be added: it is counted already. */
    public String alreadyCounted(String child) {
        return format("child.already-counted", child);
    }

    /** Why a child cannot leave: it is not counted. */
    public String notCounted(String child) {
        return format("child.not-counted", child);
    }

    /** Why a child cannot be added: it counts on the 受給資格 of another 受給者, {@code recipient}. */
    public String countedElsewhere(String recipient) {
        return format("child.counted-elsewhere", recipient);
    }

    /** The history's text of a 額改定 proposed on a birth in the 受給者's household. */
    public String birthProposal(String child) {
        return format("birth.proposal", child);
    }

    /** The 事由 {@code code} in Japanese; an unknown one is 「その他」. */
    public String reason(String code) {
        String key = "reason." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : "その他";
    }

    private String format(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.JAPAN).format(arguments);
    }
}
