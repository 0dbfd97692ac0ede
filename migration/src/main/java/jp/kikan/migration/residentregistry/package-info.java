/**
 * The 住民記録 half of the migration (ADR 0019): the resident registry's data groups and item catalogue (住民, 世帯,
 * 異動履歴, 住登外者), their checks and cross-record rules, the mapping of accepted records onto the registry's and the
 * addressee module's import facades, and synthetic legacy sets. It builds on the generic half, {@code
 * jp.kikan.migration.core}, which knows no business; each further business gets a sibling package of its own.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry;
