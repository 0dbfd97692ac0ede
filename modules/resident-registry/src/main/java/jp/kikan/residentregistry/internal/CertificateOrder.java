package jp.kikan.residentregistry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A request for a 住民票の写し or a 住民票記載事項証明書: who is printed (one household), who asks and why, and the
 * optional items asked for.
 *
 * @param extract   true for a 住民票記載事項証明書
 * @param people    the persons to print (宛名番号), all of one household
 * @param requester who asks (住民基本台帳法 第12条 本人・同一世帯, 第12条の2 国又は地方公共団体, 第12条の3 第三者)
 * @param purpose   請求事由
 */
record CertificateOrder(boolean extract, List<String> people, Requester requester, String purpose, Items items) {

    CertificateOrder {
        people = List.copyOf(people);
    }

    /** 請求者の区分; {@link #code()} is the contract's. */
    enum Requester {
        SELF("HONNIN"),
        SAME_HOUSEHOLD("DOITSU_SETAI"),
        AGENT("DAIRININ"),
        PUBLIC_BODY("KOKKA_CHIHO"),
        THIRD_PARTY("DAISANSHA");

        private final String code;

        Requester(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        boolean selfOrHousehold() {
            return this == SELF || this == SAME_HOUSEHOLD;
        }

        static Requester byCode(String code) {
            for (Requester r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("請求者の区分: " + code);
        }
    }

    /** The optional items (記載事項) asked for. */
    record Items(
            boolean zokugara,
            boolean honseki,
            boolean juminhyocode,
            boolean kojinbango,
            boolean zairyu,
            boolean tennyumaeJusho) {

        static final Items NONE = new Items(false, false, false, false, false, false);

        /** The items asked for, for the audit record (never their values). */
        String codes() {
            List<String> out = new ArrayList<>();
            if (zokugara) {
                out.add("zokugara");
            }
            if (honseki) {
                out.add("honseki");
            }
            if (juminhyocode) {
                out.add("juminhyocode");
            }
            if (kojinbango) {
                out.add("kojinbango");
            }
            if (zairyu) {
                out.add("zairyu");
            }
            if (tennyumaeJusho) {
                out.add("tennyumae_jusho");
            }
            return out.isEmpty() ? "-" : String.join(",", out);
        }
    }
}
