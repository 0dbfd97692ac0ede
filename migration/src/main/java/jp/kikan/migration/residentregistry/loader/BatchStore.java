package jp.kikan.migration.residentregistry.loader;

import java.util.List;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;

/**
 * Stores one batch in one transaction for the run's tenant: the residents' versions through {@link RegistryImport},
 * the 住登外者 through {@link NonResidentImport}. Called from the loader's own thread.
 */
@FunctionalInterface
public interface BatchStore {

    /** What the registries did with a batch. */
    record Stored(RegistryImport.Outcome residents, NonResidentImport.Outcome nonResidents) {}

    Stored store(String batchId, List<ImportedVersion> versions, List<ImportedNonResident> nonResidents);
}
