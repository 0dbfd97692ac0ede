package jp.kikan.benefit;

import java.util.List;
import jp.kikan.platform.Business;

/**
 * The plug-in of a paying business (児童手当, 児童扶養手当, …): what {@link PaymentRuns} needs of its law to pay it. The
 * law module implements it as a bean and passes it to the runs; everything else of paying (the ledger, the lock, the
 * numbering, the audit, the months owed, the 支払通知書 data) is this module's.
 */
public interface BenefitLaw {

    /** The 業務 paid: the ledger's 業務コード, the audit's business, the names in messages. */
    Business business();

    /** Its 支払期月, from its own dated parameter. */
    PaymentSchedule paymentMonths();

    /** Every 受給資格 of the current tenant a run may have to pay (or list as overpaid), in any order. */
    List<Payable> payable();
}
