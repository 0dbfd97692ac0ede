/**
 * A 手当 built from the entitlement kit's parts alone (ADR 0022, README "Adding a business module" step 10), as the
 * proof that a new law needs nothing else: entity subclasses, an empty repository, its law, its words, its events and
 * one lifecycle bean. Test code only; its tables are the fixture changelog's ({@code kitfixture/changelog.yaml}).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.benefit.kitfixture;
