/** Tooling for the demo run and the tests (a local PostgreSQL); never part of the production application. */
@org.jspecify.annotations.NullMarked
package jp.kikan.devtools;
