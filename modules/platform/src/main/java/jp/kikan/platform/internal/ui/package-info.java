/** Internal to its module: not for use by other modules. */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.internal.ui;
