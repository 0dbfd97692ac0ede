package jp.kikan.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A row of a module's table that belongs to one tenant (団体): its {@code tenant_code}, which Hibernate fills from the
 * bound tenant and filters every query by (the table's row-level security checks it again, ADR 0002), and its key, a
 * random UUID given when the row is made. An entity of a tenant's data extends it and maps only its own columns.
 */
@MappedSuperclass
public abstract class TenantRow {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    private String tenantCode;

    @Id
    private UUID id = UUID.randomUUID();

    protected TenantRow() {}

    /** The row's key. */
    public UUID id() {
        return id;
    }
}
