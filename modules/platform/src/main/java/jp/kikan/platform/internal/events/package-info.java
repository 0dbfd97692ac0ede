/** The tenant event feed: every published domain event, recorded after commit and served for PULL subscribers. */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.internal.events;
