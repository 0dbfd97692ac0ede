/** Validation failures of the shared kernel's value types: a stable code and a Japanese reason, turned into problem details by the web layer. */
@org.springframework.modulith.NamedInterface("validation")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.validation;
