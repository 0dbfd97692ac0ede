package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.RevisionRecord;

/**
 * 額改定 of 児童扶養手当: made on a 額改定請求 or 額改定届, or proposed from a registry event and confirmed or withdrawn by
 * the clerk (児童扶養手当法 第8条).
 */
@Entity(name = "ChildRearingAllowanceRevision")
@Table(schema = "child_rearing_allowance", name = "revision")
class Revision extends RevisionRecord {}
