/** Internal to its module: the Spring wiring of the import (service, API, command line, security). */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.internal;
