/** The demo municipality 東京都若葉市 (fictional) and its generated residents, loaded only when kikan.demo.enabled. */
@org.jspecify.annotations.NullMarked
package jp.kikan.residentregistry.internal.demo;
