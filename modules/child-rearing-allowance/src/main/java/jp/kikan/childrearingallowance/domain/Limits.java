package jp.kikan.childrearingallowance.domain;

/**
 * The income limits that applied.
 *
 * @param full      全部支給の所得制限限度額 (父・母; 所得がこれ未満なら全部支給)
 * @param partial   一部支給の所得制限限度額 (父・母; これ以上なら支給停止)
 * @param recipient for a 養育者, the 養育者 limit on the recipient's own 所得; else the same as {@code partial}
 */
public record Limits(long full, long partial, long recipient) {}
