package jp.kikan.app.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A door between the application and the broker: a TCP forwarder on a port of its own ({@link #port()}, the one the
 * application is given) to the real broker. Shut, nothing listens there and every connection attempt is refused, as
 * with a broker that is down; {@link #open()} forwards, {@link #shut()} stops listening and cuts every forwarded
 * connection. Loopback only.
 */
final class BrokerGate implements AutoCloseable {

    private final int port = ControlledPostgres.freePort();
    private final String brokerHost;
    private final int brokerPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    BrokerGate(String brokerHost, int brokerPort) {
        this.brokerHost = brokerHost;
        this.brokerPort = brokerPort;
    }

    int port() {
        return port;
    }

    synchronized void open() {
        if (server != null) {
            return;
        }
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("the broker gate cannot listen on " + port, e);
        }
        ServerSocket listening = server;
        Thread acceptor = new Thread(() -> accept(listening), "broker-gate-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void shut() {
        if (server == null) {
            return;
        }
        closeQuietly(server);
        server = null;
        sockets.forEach(BrokerGate::closeQuietly);
        sockets.clear();
    }

    @Override
    public void close() {
        shut();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket broker = new Socket(brokerHost, brokerPort);
                sockets.add(client);
                sockets.add(broker);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException e) {
                // shut, or the broker refused: the application sees a lost connection and tries again later
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the other side closed, or the gate was shut
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "broker-gate-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
