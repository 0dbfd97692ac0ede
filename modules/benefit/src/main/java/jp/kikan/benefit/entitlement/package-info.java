/**
 * 受給資格の手続 (the entitlement kit): what every benefit that grants a 受給資格 to a 受給者 for children does alike —
 * the aggregate's life ({@link Phase}: 認定請求 → 認定 or 却下 → 消滅/資格喪失), its children over months, its 額改定
 * (確定, or proposed from the registry and confirmed or withdrawn), its 現況届 and history, the registry as the law
 * reads it ({@link Residents}), and the shared steps of the processes ({@link EntitlementLifecycle}), including the
 * reactions to the registry's 出生, 転出 and 死亡. A law module keeps its law (months, amounts, who is a child, its
 * wording and events) and plugs it in through {@link EntitlementLaw}; its tables stay in its own schema, mapped by
 * subclasses of this package's mapped superclasses (ADR 0021).
 */
@org.springframework.modulith.NamedInterface("entitlement")
@org.jspecify.annotations.NullMarked
package jp.kikan.benefit.entitlement;
