/**
 * The loader, second half of the migration: turns the accepted records of a run into what the registries store — each
 * resident's whole history as versions of the resident registry ({@link jp.kikan.residentregistry.ImportedVersion}),
 * each 住登外者 as an addressee ({@link jp.kikan.addressee.ImportedNonResident}) — and hands them over in batches, one
 * transaction each, through the modules' published import facades. What the registries refuse comes back into the run
 * report as rejections, so read = accepted + rejected still holds. Plain Java: the Spring wiring is in {@code
 * internal}.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry.loader;
