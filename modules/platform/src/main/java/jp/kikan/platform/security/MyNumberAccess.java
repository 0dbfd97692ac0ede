package jp.kikan.platform.security;

import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.problem.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The one gate to 個人番号 (My Number). A business may see a person's 個人番号 only if it is a 個人番号利用事務
 * (番号法 第9条, {@link Business#mayUseMyNumber()}) and the staff member holds the role
 * {@code <business>:my-number}; every disclosure, and every refusal, is recorded in the audit log with the
 * purpose (番号法 第9条・第19条: use only within the statutory purpose).
 */
@Component
public class MyNumberAccess {

    private final AuditLog audit;

    MyNumberAccess(AuditLog audit) {
        this.audit = audit;
    }

    /** The role a member of staff needs, besides the business being permitted. */
    public static String roleFor(Business business) {
        return business.slug() + ":my-number";
    }

    /**
     * Discloses the stored 個人番号 of {@code subject} for {@code purpose}, or refuses with 403.
     *
     * @param business the business asking
     * @param purpose  the statutory purpose, e.g. 児童手当の認定請求の審査
     * @param subject  the person (宛名番号)
     * @param stored   the stored 12-digit number
     */
    public MyNumber disclose(Business business, String purpose, String subject, String stored) {
        boolean permittedBusiness = business.mayUseMyNumber();
        boolean permittedStaff =
                CurrentStaff.find().map(s -> s.hasRole(roleFor(business))).orElse(false);
        if (!permittedBusiness || !permittedStaff) {
            audit.record(new AuditEntry(
                    business,
                    purpose,
                    subject,
                    AuditLog.MY_NUMBER_READ,
                    AuditEntry.Outcome.DENIED,
                    permittedBusiness ? "role " + roleFor(business) + " missing" : "not a 個人番号利用事務"));
            throw ProblemException.forbidden(
                    "my-number-not-permitted",
                    permittedBusiness
                            ? "個人番号を閲覧する権限（" + roleFor(business) + "）がありません。"
                            : business.japaneseName() + "は個人番号利用事務ではないため、個人番号を利用できません。");
        }
        audit.record(AuditEntry.success(business, purpose, subject, AuditLog.MY_NUMBER_READ));
        return MyNumber.of(stored);
    }
}
