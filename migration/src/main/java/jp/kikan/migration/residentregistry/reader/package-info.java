/**
 * A 住民記録 legacy set: the folder of export files, at most one per data group of the resident registry (世帯, 住民,
 * 住登外者, 異動履歴), each with its encoding and, for fixed-width files, its layout; read with the generic record
 * readers of {@code jp.kikan.migration.core.reader}.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry.reader;
