/**
 * The staff screens (窓口, ADR 0027): what a module declares so that its screens appear on the start page and are
 * guarded by the staff member's roles. The screens themselves are the module's own controllers and Thymeleaf
 * templates under {@code /ui/<module>/...}, rendered inside the platform's layout ({@code ui/layout}).
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.ui;
