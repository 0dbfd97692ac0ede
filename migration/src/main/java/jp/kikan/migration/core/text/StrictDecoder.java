package jp.kikan.migration.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes byte slices (the fields of a fixed-width record) without ever replacing input silently: each malformed or
 * unmappable sequence is reported with its offset in the file and stands as U+FFFD in the returned text, so the caller
 * can tell which field it hit. EUC-JP user-defined-area sequences become private-use characters (see {@link
 * SourceEncoding}). Not thread-safe: one per reader.
 */
public final class StrictDecoder {

    /**
     * An undecodable byte sequence.
     *
     * @param offset 0-based offset of its first byte in the file
     * @param bytes  the bytes, e.g. {@code 0x85 0x40}
     */
    public record Undecodable(long offset, String bytes) {

        /** Japanese message, e.g. 「windows-31j として解釈できないバイト列 0x85 があります（ファイル先頭からのオフセット 1234）」. */
        public String message(SourceEncoding encoding) {
            return encoding.label() + " として解釈できないバイト列 " + bytes + " があります（ファイル先頭からのオフセット " + offset + "）";
        }
    }

    /**
     * One message for all undecodable sequences of an item, e.g. 「windows-31j として解釈できないバイト列があります: 0x85
     * （オフセット 1234）、0x80（オフセット 1240）」.
     */
    public static String message(SourceEncoding encoding, List<Undecodable> undecodable) {
        if (undecodable.size() == 1) {
            return undecodable.get(0).message(encoding);
        }
        StringBuilder s = new StringBuilder(encoding.label() + " として解釈できないバイト列が " + undecodable.size() + " か所あります: ");
        for (int i = 0; i < undecodable.size(); i++) {
            Undecodable u = undecodable.get(i);
            s.append(i == 0 ? "" : "、")
                    .append(u.bytes())
                    .append("（オフセット ")
                    .append(u.offset())
                    .append('）');
        }
        return s.toString();
    }

    private final SourceEncoding encoding;
    private final CharsetDecoder decoder;
    private CharBuffer chars = CharBuffer.allocate(512);

    public StrictDecoder(SourceEncoding encoding) {
        this.encoding = encoding;
        this.decoder = encoding.newDecoder();
    }

    public SourceEncoding encoding() {
        return encoding;
    }

    /**
     * Decodes {@code length} bytes from {@code offset}.
     *
     * @param baseOffset the file offset of {@code bytes[offset]}
     * @param problems   receives the undecodable sequences, adjacent ones merged
     */
    public String decode(byte[] bytes, int offset, int length, long baseOffset, List<Undecodable> problems) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (chars.capacity() < length + 2) {
            chars = CharBuffer.allocate(Math.max(length + 2, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        long lastEnd = -1;
        while (true) {
            CoderResult result = decoder.decode(in, chars, true);
            if (result.isUnderflow()) {
                decoder.flush(chars);
                break;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("decoded text longer than its bytes");
            }
            int n = encoding.undecodableLength(in, result.length());
            int codePoint = encoding.userDefinedCodePoint(in, n);
            if (codePoint >= 0) {
                chars.put((char) codePoint);
            } else {
                long at = baseOffset + in.position() - offset;
                String hex = hex(in, n);
                if (at == lastEnd && !problems.isEmpty()) {
                    Undecodable previous = problems.remove(problems.size() - 1);
                    problems.add(new Undecodable(previous.offset(), previous.bytes() + " " + hex));
                } else {
                    problems.add(new Undecodable(at, hex));
                }
                lastEnd = at + n;
                chars.put('\uFFFD');
            }
            in.position(in.position() + n);
        }
        chars.flip();
        return chars.toString();
    }

    static String hex(ByteBuffer in, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(String.format("0x%02X", in.get(in.position() + i) & 0xFF));
        }
        return s.toString();
    }
}
