package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.HistoryRecord;

/** One step in the history of a 児童手当 受給資格, in this module's table. */
@Entity(name = "ChildAllowanceHistory")
@Table(schema = "child_allowance", name = "history")
class HistoryEntry extends HistoryRecord {}
