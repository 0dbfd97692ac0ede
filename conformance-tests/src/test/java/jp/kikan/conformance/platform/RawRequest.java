package jp.kikan.conformance.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request written byte for byte, as {@code curl --path-as-is} sends what it is given: raw UTF-8 in the
 * request line, {@code %2F}, {@code ../}. {@link java.net.http.HttpClient} would encode or normalise some of these.
 * Plain HTTP or TLS, by the scheme of the target's base URL.
 */
final class RawRequest {

    /** The status line's code and the response's {@code Content-Type} and body (de-chunked when chunked). */
    record Answer(int status, String contentType, String body) {}

    private RawRequest() {}

    static Answer get(URI base, String target, String authorization) {
        String host = base.getHost();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        StringBuilder head = new StringBuilder("GET " + prefix + target + " HTTP/1.1\r\n")
                .append("Host: ")
                .append(host)
                .append(base.getPort() > 0 ? ":" + base.getPort() : "")
                .append("\r\nAccept: application/json, application/problem+json\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(host, port) : new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + target + " on " + base + " failed: " + e.getMessage(), e);
        }
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, 0, "\r\n\r\n");
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(line.indexOf(':') + 1).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = end + 4;
        if (!chunked) {
            body.write(raw, at, raw.length - at);
        }
        while (chunked && at < raw.length) {
            int lineEnd = indexOf(raw, at, "\r\n");
            int size = Integer.parseInt(
                    new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return new Answer(status, contentType, body.toString(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] data, int from, String ascii) {
        byte[] pattern = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return data.length;
    }
}
