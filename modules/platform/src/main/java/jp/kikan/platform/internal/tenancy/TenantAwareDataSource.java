package jp.kikan.platform.internal.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.kikan.platform.tenant.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes PostgreSQL enforce tenant isolation a second time, below Hibernate: while a tenant is bound to the
 * thread, each connection handed out runs as the role {@value #TENANT_ROLE} with the setting
 * {@value #TENANT_SETTING} = the tenant's code, and every business table's row-level security policy for
 * that role shows and accepts only rows of that tenant, whatever SQL is sent (JPA, JDBC or native).
 * Connections are reset before they go back to the pool.
 *
 * <p>Without a bound tenant (schema migration, the event publication registry, start-up) the connection
 * keeps the deployment's owner role.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

    /** The restricted role tenant-bound connections switch to (created by the platform changelog). */
    public static final String TENANT_ROLE = "kikan_tenant";

    /** The session setting the row-level security policies compare each row's tenant code with. */
    public static final String TENANT_SETTING = "kikan.tenant";

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
        if (tenant == null) {
            return connection;
        }
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('role', '" + TENANT_ROLE
                + "', false), set_config('" + TENANT_SETTING + "', ?, false)")) {
            set.setString(1, tenant);
            set.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(
                TenantAwareDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && !connection.isClosed()) {
                        try {
                            reset(connection);
                        } catch (SQLException e) {
                            // Never hand a connection that may still act for a tenant back to the pool.
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
                        throw e.getCause();
                    }
                });
    }

    private void evict(Connection connection) throws SQLException {
        DataSource target = getTargetDataSource();
        if (target instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            hikari.evictConnection(connection);
        } else {
            connection.close();
        }
    }

    private static void reset(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            // The setting is session-wide, but a failed transaction must end before anything else runs.
            connection.rollback();
        }
        try (Statement reset = connection.createStatement()) {
            reset.execute("RESET ROLE; RESET " + TENANT_SETTING);
        }
    }
}
