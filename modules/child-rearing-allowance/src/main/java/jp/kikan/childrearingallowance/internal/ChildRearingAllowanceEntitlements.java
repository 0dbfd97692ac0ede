package jp.kikan.childrearingallowance.internal;

import jp.kikan.benefit.entitlement.EntitlementRepository;

/** The 児童扶養手当 受給資格 of the bound tenant (the queries are the kit's, over this module's entity). */
interface ChildRearingAllowanceEntitlements extends EntitlementRepository<Entitlement> {}
