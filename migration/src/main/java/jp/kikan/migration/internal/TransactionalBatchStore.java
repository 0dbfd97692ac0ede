package jp.kikan.migration.internal;

import java.util.List;
import java.util.Objects;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.residentregistry.loader.BatchStore;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch, one transaction, for the run's tenant, on the loader's thread: the tenant and the operator (for the audit
 * records) are bound to that thread for the batch.
 */
final class TransactionalBatchStore implements BatchStore {

    private static final RegistryImport.Outcome NO_RESIDENTS = new RegistryImport.Outcome(0, 0, List.of(), List.of());
    private static final NonResidentImport.Outcome NO_NON_RESIDENTS =
            new NonResidentImport.Outcome(0, 0, List.of(), List.of());

    private final String tenant;
    private final TransactionTemplate transactions;
    private final RegistryImport registry;
    private final NonResidentImport addressees;
    private final SecurityContext operator;

    TransactionalBatchStore(
            String tenant,
            TransactionTemplate transactions,
            RegistryImport registry,
            NonResidentImport addressees,
            SecurityContext operator) {
        this.tenant = tenant;
        this.transactions = transactions;
        this.registry = registry;
        this.addressees = addressees;
        this.operator = operator;
    }

    @Override
    public Stored store(String batchId, List<ImportedVersion> versions, List<ImportedNonResident> nonResidents) {
        SecurityContextHolder.setContext(operator);
        try {
            return TenantContext.callAs(
                    tenant,
                    () -> Objects.requireNonNull(transactions.execute(status -> new Stored(
                            versions.isEmpty() ? NO_RESIDENTS : registry.load(batchId, versions),
                            nonResidents.isEmpty() ? NO_NON_RESIDENTS : addressees.load(batchId, nonResidents)))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
