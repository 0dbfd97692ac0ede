package jp.kikan.benefit.kitfixture;

import jp.kikan.benefit.entitlement.EntitlementRepository;

/** The fixture law's 受給資格 (the kit's queries over its entity). */
interface FixtureEntitlements extends EntitlementRepository<FixtureParts.Entitlement> {}
