package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.StatusReportRecord;

/** 現況届 of one year (児童扶養手当法 第28条, 施行規則 第4条; about the situation on 8月1日, with the 前年の所得). */
@Entity(name = "ChildRearingAllowanceStatusReport")
@Table(schema = "child_rearing_allowance", name = "status_report")
class StatusReport extends StatusReportRecord {}
