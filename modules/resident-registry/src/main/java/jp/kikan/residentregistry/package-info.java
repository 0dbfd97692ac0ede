/**
 * 住民記録 (住民基本台帳, business code 001; 住民基本台帳法): the registry of residents and households, the hub
 * every other business listens to.
 *
 * <p>This first version holds the current 住民票 of each resident as version rows (異動日, 処理日時) ready for
 * the full change history, and serves search and 照会 through the standard-named API. The 異動 processes,
 * as-of queries, certificates and events follow in the resident registry issue.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "住民記録 (resident registry)",
        allowedDependencies = {"platform", "platform :: *"})
@org.jspecify.annotations.NullMarked
package jp.kikan.residentregistry;
