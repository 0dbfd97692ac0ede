/**
 * The parts of a paying business's API that are the same for every law (ADR 0026): the schemas of
 * {@code specs/benefit/benefit.yaml}, generated once into {@code jp.kikan.benefit.contract.model}, and {@link BenefitViews},
 * which shows the kit's records and the ledger's runs in them. A business maps these schema names onto these types
 * ({@code kikan.api.schemaMappings}), so its generated API takes and returns them.
 */
@org.springframework.modulith.NamedInterface("contract")
@org.jspecify.annotations.NullMarked
package jp.kikan.benefit.contract;
