/**
 * What every business's migration shares about a record: where it came from ({@link
 * jp.kikan.migration.core.model.SourceRef}: file and line), the problems that reject it, the normalisations made to
 * its values and a code value as read. A business's typed records live in its own half ({@code
 * jp.kikan.migration.residentregistry.model} for 住民記録).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.model;
