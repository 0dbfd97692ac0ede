package jp.kikan.platform.internal.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import jp.kikan.platform.tenant.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes PostgreSQL enforce tenant isolation a second time, below Hibernate: while a tenant is bound to the
 * thread, each connection handed out runs as the role {@value #TENANT_ROLE} with the setting
 * {@value #TENANT_SETTING} = the tenant's code, and every business table's row-level security policy for
 * that role shows and accepts only rows of that tenant, whatever SQL is sent (JPA, JDBC or native).
 *
 * <p>A pooled connection keeps its binding when it goes back to the pool, and this data source remembers which
 * tenant each physical connection is bound to: handed out again for the same tenant it is used as it is (no round
 * trip), for another tenant it is bound again, and without a bound tenant (schema migration, the event publication
 * registry, start-up) it is reset to the deployment's owner role first. A connection whose end could not be made
 * clean (a failed rollback) is evicted from the pool. See docs/decisions/0002-tenant-isolation.md.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

    /** The restricted role tenant-bound connections switch to (created by the platform changelog). */
    public static final String TENANT_ROLE = "kikan_tenant";

    /** The session setting the row-level security policies compare each row's tenant code with. */
    public static final String TENANT_SETTING = "kikan.tenant";

    /** The tenant each physical connection's session is bound to; a connection the pool retired drops out. */
    private final Map<Connection, String> bound = Collections.synchronizedMap(new WeakHashMap<>());

    public TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(super.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        String tenant = TenantContext.current().orElse(null);
        Connection physical;
        try {
            physical = physical(connection);
            String boundTo = bound.get(physical);
            if (tenant == null) {
                if (boundTo != null) {
                    bound.remove(physical);
                    reset(connection);
                }
                return connection;
            }
            if (!tenant.equals(boundTo)) {
                bound.remove(physical);
                try (PreparedStatement set = connection.prepareStatement("SELECT set_config('role', '" + TENANT_ROLE
                        + "', false), set_config('" + TENANT_SETTING + "', ?, false)")) {
                    set.setString(1, tenant);
                    set.execute();
                }
                bound.put(physical, tenant);
            }
        } catch (SQLException e) {
            // Never hand out (or back to the pool) a connection whose binding is unknown.
            evict(connection);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(
                TenantAwareDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && !connection.isClosed()) {
                        try {
                            endTransaction(connection);
                        } catch (SQLException e) {
                            // Never hand a connection in an unknown state back to the pool.
                            bound.remove(physical);
                            evict(connection);
                            return null;
                        }
                    }
                    if ("unwrap".equals(method.getName()) && args != null && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        Throwable failure = e.getCause();
                        throw failure == null ? e : lost(method.getName(), failure, connection);
                    }
                });
    }

    /**
     * A rollback that fails because the connection is gone (the database stopped while it sat in the pool) says so
     * with SQLSTATE 08003, so that the request is answered 503 like any other lost connection: a kept binding means
     * the first statement on such a connection is the transaction's query, not the binding, and the pool's closed
     * connection reports its rollback without a SQLSTATE, which replaces the query's own 57P01.
     */
    private static Throwable lost(String method, Throwable failure, Connection connection) {
        if ("rollback".equals(method) && failure instanceof SQLException sql && sql.getSQLState() == null) {
            boolean alive;
            try {
                alive = connection.isValid(1);
            } catch (SQLException e) {
                alive = false;
            }
            if (!alive) {
                return new SQLException("connection lost before rollback: " + sql.getMessage(), "08003", sql);
            }
        }
        return failure;
    }

    /** The driver's connection under the pool's proxy: the one whose session holds the binding. */
    private static Connection physical(Connection connection) throws SQLException {
        Connection inner = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        return inner == null ? connection : inner;
    }

    private void evict(Connection connection) throws SQLException {
        DataSource target = getTargetDataSource();
        if (target instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            hikari.evictConnection(connection);
        } else {
            connection.close();
        }
    }

    /** A failed transaction must end before the connection goes back to the pool (the pool would do it too). */
    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private static void reset(Connection connection) throws SQLException {
        endTransaction(connection);
        try (Statement reset = connection.createStatement()) {
            reset.execute("RESET ROLE; RESET " + TENANT_SETTING);
        }
    }
}
