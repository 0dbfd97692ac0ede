package jp.kikan.platform;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 20 standardized core businesses (基幹業務, 地方公共団体情報システムの標準化に関する法律 第2条第1項 and
 * 標準化対象事務を定める政令), with their 業務コード from デジタル庁「各種IDの管理方針」, plus the platform itself.
 *
 * <p>{@link #myNumberBasis()} names the provision that makes the business a 個人番号利用事務 (行政手続における特定の
 * 個人を識別するための番号の利用等に関する法律 第9条 and 別表); a business without one may not see 個人番号.
 * See docs/decisions/0004-my-number-access.md for how the list was drawn and what is still to be verified.
 */
public enum Business {
    PLATFORM("platform", "000", "基盤", null),
    RESIDENT_REGISTRY("resident-registry", "001", "住民基本台帳", "住民基本台帳法 第7条第8号の2 (住民票の記載事項)"),
    SEAL_REGISTRATION("seal-registration", "002", "印鑑登録", null),
    FAMILY_REGISTER("family-register", "003", "戸籍", null),
    FAMILY_REGISTER_ANNEX("family-register-annex", "004", "戸籍の附票", null),
    ELECTORAL_ROLL("electoral-roll", "006", "選挙人名簿管理", null),
    INDIVIDUAL_RESIDENT_TAX("individual-resident-tax", "010", "個人住民税", "番号法 第9条第1項 別表 (地方税法による地方税の賦課徴収)"),
    CORPORATE_RESIDENT_TAX("corporate-resident-tax", "011", "法人住民税", "番号法 第9条第1項 別表 (地方税法による地方税の賦課徴収)"),
    FIXED_ASSET_TAX("fixed-asset-tax", "012", "固定資産税", "番号法 第9条第1項 別表 (地方税法による地方税の賦課徴収)"),
    LIGHT_VEHICLE_TAX("light-vehicle-tax", "013", "軽自動車税", "番号法 第9条第1項 別表 (地方税法による地方税の賦課徴収)"),
    SCHOOL_ENROLMENT("school-enrolment", "017", "就学", "番号法 第9条第1項 別表 (学校保健安全法による医療費の援助); 就学援助は多くの団体で同条第2項の条例事務"),
    HEALTH_MANAGEMENT("health-management", "019", "健康管理", "番号法 第9条第1項 別表 (予防接種法・健康増進法・母子保健法 関係事務)"),
    CHILD_REARING_ALLOWANCE("child-rearing-allowance", "020", "児童扶養手当", "番号法 第9条第1項 別表 (児童扶養手当法による児童扶養手当の支給)"),
    PUBLIC_ASSISTANCE("public-assistance", "021", "生活保護", "番号法 第9条第1項 別表 (生活保護法による保護の決定及び実施)"),
    DISABILITY_WELFARE("disability-welfare", "022", "障害者福祉", "番号法 第9条第1項 別表 (障害者総合支援法 等による給付)"),
    LONG_TERM_CARE("long-term-care", "023", "介護保険", "番号法 第9条第1項 別表 (介護保険法による保険給付・保険料)"),
    NATIONAL_HEALTH_INSURANCE("national-health-insurance", "024", "国民健康保険", "番号法 第9条第1項 別表 (国民健康保険法による保険給付・保険料)"),
    LATE_ELDERLY_MEDICAL("late-elderly-medical", "025", "後期高齢者医療", "番号法 第9条第1項 別表 (高齢者の医療の確保に関する法律による後期高齢者医療)"),
    NATIONAL_PENSION("national-pension", "026", "国民年金", "番号法 第9条第1項 別表 (国民年金法による被保険者の資格・保険料)"),
    CHILD_ALLOWANCE("child-allowance", "027", "児童手当", "番号法 第9条第1項 別表 (児童手当法による児童手当の支給)"),
    CHILD_CARE_SUPPORT("child-care-support", "028", "子ども・子育て支援", "番号法 第9条第1項 別表 (子ども・子育て支援法による給付)");

    private final String slug;
    private final String code;
    private final String japaneseName;
    private final @Nullable String myNumberBasis;

    Business(String slug, String code, String japaneseName, @Nullable String myNumberBasis) {
        this.slug = slug;
        this.code = code;
        this.japaneseName = japaneseName;
        this.myNumberBasis = myNumberBasis;
    }

    /** The slug used in URLs, roles ({@code slug:clerk}) and the audit log. */
    public String slug() {
        return slug;
    }

    /** 業務コード (3 digits). */
    public String code() {
        return code;
    }

    /** 業務名. */
    public String japaneseName() {
        return japaneseName;
    }

    /** The legal basis for using 個人番号 in this business, or {@code null} if it may not. */
    public @Nullable String myNumberBasis() {
        return myNumberBasis;
    }

    /** Whether this business is a 個人番号利用事務. */
    public boolean mayUseMyNumber() {
        return myNumberBasis != null;
    }

    /** The business with this slug. */
    public static Optional<Business> bySlug(String slug) {
        return Arrays.stream(values()).filter(b -> b.slug.equals(slug)).findFirst();
    }
}
