/**
 * What every business's loader shares: the failure that stops a load. The loading of a business's accepted records
 * into its module lives in its own half ({@code jp.kikan.migration.residentregistry.loader} for 住民記録).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.loader;
