/**
 * The shared schemas of {@code specs/benefit/benefit.yaml}, generated at build time (ADR 0026): part of the named
 * interface {@code contract}, so a paying business's generated API may take and return them.
 */
@org.springframework.modulith.NamedInterface("contract")
package jp.kikan.benefit.contract.model;
