package jp.kikan.residentregistry.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 併せて支援を求める者: a person named in the 申出 of a DV等支援措置 besides the applicant (住民基本台帳事務処理要領 第5-10; in
 * practice her children and others who live with her). While the measure is in force the person is restricted exactly
 * as the applicant: the address is withheld and a 写し is not issued to staff without the role in charge.
 */
@Entity(name = "ResidentRegistrySupportMeasurePerson")
@Table(schema = "resident_registry", name = "support_measure_person")
class SupportMeasurePerson {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    UUID measureId = new UUID(0, 0);
    String atenabango = "";

    protected SupportMeasurePerson() {}

    SupportMeasurePerson(UUID measureId, String atenabango) {
        this.measureId = measureId;
        this.atenabango = atenabango;
    }
}
