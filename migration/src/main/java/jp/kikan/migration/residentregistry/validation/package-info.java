/**
 * Validation before anything is stored: per-item rules driven by the item definitions ({@code items.tsv}: romaji name,
 * Japanese name, type X/N/9/DATE, 桁数, 必須/条件付き必須/任意, code list) and the Kikan code lists ({@code
 * code-lists.tsv}: 性別, 続柄, 異動事由 …), check digits through the platform's identifiers, then the checks between
 * records (duplicates, a household's 世帯主, orphans, rejection of dependants). One problem rejects the record; nothing
 * is fixed silently.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry.validation;
