/**
 * What a migration run hands on: the typed records of the resident registry's data groups (住民, 世帯, 異動履歴,
 * 住登外者) as they were accepted, each with its source file and line, and the problems of the records that were not.
 * The loader (PostgreSQL staging and merge, a later issue) consumes these through {@link
 * jp.kikan.migration.residentregistry.model.LegacyRecordSink}.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry.model;
