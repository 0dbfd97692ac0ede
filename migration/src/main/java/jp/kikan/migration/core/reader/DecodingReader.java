package jp.kikan.migration.core.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.text.StrictDecoder.Undecodable;

/**
 * A Reader over a legacy byte stream that never replaces input silently: a malformed or unmappable sequence is
 * recorded (line, file offset, bytes) and stands as U+FFFD in the text, so that the CSV parser can go on and the record
 * it falls in can be rejected with the exact position. Lines are counted as the CSV parser counts them (CR, LF and CRLF
 * end a line). A UTF-8 BOM at the start is dropped. EUC-JP user-defined-area sequences become private-use characters.
 */
final class DecodingReader extends Reader {

    /** An undecodable sequence on a line. */
    record Event(long line, Undecodable undecodable) {}

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final SourceEncoding encoding;
    private final CharsetDecoder decoder;
    private final byte[] byteArray = new byte[BUFFER];
    private final ByteBuffer bytes = ByteBuffer.wrap(byteArray);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private long bytesBase;
    private long line = 1;
    private boolean lastWasCr;
    private int counted;
    private long lastEventEnd = -1;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    DecodingReader(InputStream in, SourceEncoding encoding) {
        this.in = in;
        this.encoding = encoding;
        this.decoder = encoding.newDecoder();
        bytes.limit(0);
        chars.limit(0);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Removes and returns the recorded sequences on lines up to {@code lastLine}. */
    List<Event> eventsUpTo(long lastLine) {
        List<Event> out = new ArrayList<>(0);
        while (!events.isEmpty() && events.peekFirst().line() <= lastLine) {
            out.add(events.pollFirst());
        }
        return out;
    }

    /** Bytes decoded so far. */
    long bytesRead() {
        return bytesBase + bytes.position();
    }

    private boolean fill() throws IOException {
        chars.clear();
        counted = 0;
        while (chars.position() == 0) {
            if (flushed) {
                chars.flip();
                return false;
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    readMore();
                }
            } else if (result.isOverflow()) {
                break;
            } else if (chars.remaining() < 2) {
                break;
            } else {
                handleError(encoding.undecodableLength(bytes, result.length()));
            }
        }
        countLines(chars.position());
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (encoding == SourceEncoding.UTF_8 && chars.get(0) == '\uFEFF') {
                chars.position(1);
                if (!chars.hasRemaining()) {
                    return fill();
                }
            }
        }
        return true;
    }

    private void handleError(int length) {
        countLines(chars.position());
        int codePoint = encoding.userDefinedCodePoint(bytes, length);
        if (codePoint >= 0) {
            chars.put((char) codePoint);
        } else {
            long offset = bytesRead();
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    hex.append(' ');
                }
                hex.append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
            }
            Event last = events.peekLast();
            if (last != null && offset == lastEventEnd && last.line() == line) {
                events.pollLast();
                Undecodable u = last.undecodable();
                events.addLast(new Event(line, new Undecodable(u.offset(), u.bytes() + " " + hex)));
            } else {
                events.addLast(new Event(line, new Undecodable(offset, hex.toString())));
                chars.put('\uFFFD');
            }
            lastEventEnd = offset + length;
        }
        bytes.position(bytes.position() + length);
        counted = chars.position();
    }

    private void countLines(int upTo) {
        char[] a = chars.array();
        for (int i = counted; i < upTo; i++) {
            char c = a[i];
            if (c == '\r') {
                line++;
                lastWasCr = true;
            } else if (c == '\n') {
                if (!lastWasCr) {
                    line++;
                }
                lastWasCr = false;
            } else {
                lastWasCr = false;
            }
        }
        counted = upTo;
    }

    private void readMore() throws IOException {
        bytesBase += bytes.position();
        bytes.compact();
        int n = in.read(byteArray, bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
