/**
 * 団体内統合宛名 (共通機能 業務 032) and 住登外者宛名番号管理 (業務 031; 共通機能標準仕様書 §2.3, §2.4): one 宛名番号 per
 * person across every business. Residents keep the 住民宛名番号 of the resident registry; people not on it get a
 * 住登外者宛名番号 here, after a search among both pools that proposes candidates instead of creating duplicates.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "団体内統合宛名 (addressee)",
        allowedDependencies = {"platform", "platform :: *", "residentregistry", "residentregistry :: events"})
@org.jspecify.annotations.NullMarked
package jp.kikan.addressee;
