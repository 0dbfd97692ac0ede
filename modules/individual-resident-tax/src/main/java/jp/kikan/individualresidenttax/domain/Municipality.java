package jp.kikan.individualresidenttax.domain;

import java.util.Objects;

/**
 * The taxing 市町村 (賦課期日 1月1日 の住所地) as the calculation needs it.
 *
 * @param tenantCode    団体コード (6 digits): its ordinance values (超過課税 of the 道府県 or 市町村) are read for it
 * @param designatedCity whether it is a 指定都市 (地方自治法 第252条の19): 所得割 8% + 2% and 調整控除 4% + 1%
 * @param grade          its 級地 for the 均等割 非課税 限度額
 */
public record Municipality(String tenantCode, boolean designatedCity, LivingStandardGrade grade) {

    public Municipality {
        Objects.requireNonNull(tenantCode, "tenantCode");
        Objects.requireNonNull(grade, "grade");
    }
}
