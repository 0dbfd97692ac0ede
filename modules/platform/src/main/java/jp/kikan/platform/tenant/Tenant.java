package jp.kikan.platform.tenant;

import org.jspecify.annotations.Nullable;

/**
 * A 地方公共団体 served by this deployment (a tenant).
 *
 * @param code     全国地方公共団体コード, 6 digits with a valid check digit
 * @param name     団体名, e.g. 千代田区
 * @param nameKana 団体名の読み in katakana
 */
public record Tenant(String code, String name, @Nullable String nameKana) {}
