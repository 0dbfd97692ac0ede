package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.StatusReportRecord;

/** 現況届 of one year (児童手当法 第26条; about the situation on 6月1日). */
@Entity(name = "ChildAllowanceStatusReport")
@Table(schema = "child_allowance", name = "status_report")
class StatusReport extends StatusReportRecord {}
