package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.HistoryRecord;

/** One step in the history of a 児童扶養手当 受給資格, in this module's table. */
@Entity(name = "ChildRearingAllowanceHistory")
@Table(schema = "child_rearing_allowance", name = "history")
class HistoryEntry extends HistoryRecord {}
