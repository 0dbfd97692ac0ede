/**
 * The mechanics of checking legacy records that every business's migration uses: the vocabulary of item definitions
 * (type X/N/9/DATE, 必須/条件付き必須/任意 conditions, identifier rules with their check digits), code lists, the reader
 * that turns source records into checked ones, compact key indexes for the checks between records, and progress
 * reporting. What a business's items and checks are (its catalogue, code lists and cross-record rules) lives in its
 * own half ({@code jp.kikan.migration.residentregistry.validation} for 住民記録).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.validation;
