package jp.kikan.app.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL the fault suite stops and starts while the application keeps running: real PostgreSQL binaries
 * (zonky, run in a user namespace so that it also works as root) on a fixed port and a fixed data directory that
 * survives a stop ({@code pg_ctl stop -m fast}: open connections are terminated, new ones refused). The directory is
 * emptied once, when the object is made, so every run of the suite begins with a fresh cluster.
 */
final class ControlledPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    ControlledPostgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        deleteRecursively(dataDirectory);
    }

    /** Starts the server (initdb on the first start only); returns the seconds it took. */
    synchronized double start() {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is already running");
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "off") // a crash of the application is tested, not of the machine
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Stops the server (fast shutdown: sessions are ended, nothing is lost); returns the seconds it took. */
    synchronized double stop() {
        if (server == null) {
            return 0;
        }
        long begin = System.nanoTime();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    synchronized boolean running() {
        return server != null;
    }

    /** The URL the application gets as KIKAN_DB_URL (user postgres, trust authentication). */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** A connection for the suite's own checks (as the superuser, so row-level security does not apply). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
