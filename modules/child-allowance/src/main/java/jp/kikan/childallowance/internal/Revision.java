package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.benefit.entitlement.RevisionRecord;

/**
 * 額改定 of 児童手当: made on a 額改定請求 or 額改定届, or proposed from a registry event and confirmed or withdrawn by
 * the clerk (児童手当法 第9条).
 */
@Entity(name = "ChildAllowanceRevision")
@Table(schema = "child_allowance", name = "revision")
class Revision extends RevisionRecord {}
