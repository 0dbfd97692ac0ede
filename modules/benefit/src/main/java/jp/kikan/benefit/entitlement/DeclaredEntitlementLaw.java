package jp.kikan.benefit.entitlement;

import jp.kikan.platform.Business;

/**
 * An {@link EntitlementLaw} whose constants are declared once ({@link Declaration}), so that a law writes only its rules:
 * its months and, where it is not "a child is still counted", who it still pays for. Its wording is the bundle
 * {@code entitlement} of the law's own package ({@code jp/kikan/<module>/internal/entitlement.properties}).
 *
 * @param <E> the law's 受給資格
 * @param <C> its child line
 * @param <R> its 額改定
 */
public abstract class DeclaredEntitlementLaw<
                E extends EntitlementRecord<C, R, ?, ?>, C extends ChildRecord, R extends RevisionRecord>
        implements EntitlementLaw<E, C, R> {

    /**
     * What a law declares once: its 業務, its repository, how its 額改定 is made ({@code Revision::new}), the 事由 of an
     * end because no child is left (JIDO_NASHI, JIDO_FUZAI) and its events (its records' constructors).
     */
    public record Declaration<E extends EntitlementRecord<?, ?, ?, ?>, R extends RevisionRecord>(
            Business business,
            EntitlementRepository<E> entitlements,
            RevisionRecord.Factory<R> revisions,
            String noChildReason,
            EntitlementEvents events) {}

    private final Declaration<E, R> declaration;
    private final Wording wording;

    protected DeclaredEntitlementLaw(Declaration<E, R> declaration) {
        this.declaration = declaration;
        this.wording = Wording.of(getClass().getPackageName() + ".entitlement");
    }

    @Override
    public final Business business() {
        return declaration.business();
    }

    @Override
    public final EntitlementRepository<E> entitlements() {
        return declaration.entitlements();
    }

    @Override
    public final RevisionRecord.Factory<R> revisions() {
        return declaration.revisions();
    }

    /** By default: while a child is still counted. */
    @Override
    public boolean paysForAChild(E entitlement) {
        return !entitlement.openChildren().isEmpty();
    }

    @Override
    public final String noChildReason() {
        return declaration.noChildReason();
    }

    @Override
    public final Wording wording() {
        return wording;
    }

    @Override
    public final EntitlementEvents events() {
        return declaration.events();
    }
}
