package jp.kikan.migration.core.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kikan.migration.core.text.SourceEncoding;

/**
 * The layout of a fixed-width legacy file: its encoding, how records end, and for each item its byte offset and byte
 * length in that encoding (a CP932 full-width character is two bytes, EUC-JP two or three).
 *
 * <p>File format (UTF-8 TSV, {@code #} comments): first {@code key<TAB>value} lines — {@code encoding} (required),
 * {@code terminator} ({@code LF}, {@code CRLF} or {@code NONE}; LF and CRLF both accept either), {@code record-length}
 * (bytes without the line end; required for NONE) — then a header line {@code item offset length type [note]} and one
 * line per item. Offsets are 0-based; items may not overlap. {@code type} is the source representation: {@code X}
 * (half-width), {@code N} (full-width), {@code 9} (digits) or {@code DATE}; padding (ASCII and full-width spaces) is
 * removed at both ends whatever the type.
 *
 * @param recordLength bytes per record without the line end
 */
public record FixedWidthLayout(SourceEncoding encoding, Terminator terminator, int recordLength, List<Item> items) {

    /** How records end. */
    public enum Terminator {
        /** A line feed, optionally preceded by a carriage return. */
        LINE,
        /** Nothing: records follow each other, {@code recordLength} bytes each. */
        NONE
    }

    /** One item: name (romaji), 0-based byte offset, byte length, source type, note. */
    public record Item(String name, int offset, int length, String type, String note) {}

    public FixedWidthLayout {
        items = List.copyOf(items);
    }

    /** Loads a layout file; throws IllegalArgumentException naming the line of a malformed layout. */
    public static FixedWidthLayout load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a layout; throws IllegalArgumentException naming the line of a malformed layout. */
    public static FixedWidthLayout read(Reader in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        SourceEncoding encoding = null;
        Terminator terminator = Terminator.LINE;
        int recordLength = -1;
        List<Item> items = new ArrayList<>();
        boolean inItems = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + number + ": ";
            String[] f = line.split("\t", -1);
            if (!inItems) {
                String key = f[0].trim().toLowerCase(Locale.ROOT);
                if ("item".equals(key)) {
                    inItems = true;
                    continue;
                }
                if (f.length < 2) {
                    throw new IllegalArgumentException(where + "expected key<TAB>value or the item header");
                }
                String value = f[1].trim();
                switch (key) {
                    case "encoding" -> encoding = SourceEncoding.of(value);
                    case "terminator" ->
                        terminator = "NONE".equalsIgnoreCase(value) ? Terminator.NONE : lineTerminator(value, where);
                    case "record-length" -> recordLength = parse(value, where);
                    default -> throw new IllegalArgumentException(where + "unknown key " + key);
                }
                continue;
            }
            if (f.length < 4) {
                throw new IllegalArgumentException(where + "expected item, offset, length, type");
            }
            String type = f[3].trim().toUpperCase(Locale.ROOT);
            if (!Set.of("X", "N", "9", "DATE").contains(type)) {
                throw new IllegalArgumentException(where + "type must be X, N, 9 or DATE");
            }
            int offset = parse(f[1].trim(), where);
            int length = parse(f[2].trim(), where);
            if (length <= 0) {
                throw new IllegalArgumentException(where + "length must be positive");
            }
            items.add(new Item(f[0].trim(), offset, length, type, f.length > 4 ? f[4].trim() : ""));
        }
        if (encoding == null) {
            throw new IllegalArgumentException(name + ": encoding missing");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(name + ": no items");
        }
        int end = checkItems(items, name);
        if (recordLength < 0) {
            if (terminator == Terminator.NONE) {
                throw new IllegalArgumentException(name + ": record-length required when terminator is NONE");
            }
            recordLength = end;
        } else if (recordLength < end) {
            throw new IllegalArgumentException(
                    name + ": items end at byte " + end + ", after record-length " + recordLength);
        }
        return new FixedWidthLayout(encoding, terminator, recordLength, items);
    }

    /** The item names in layout order. */
    public List<String> itemNames() {
        return items.stream().map(Item::name).toList();
    }

    private static int checkItems(List<Item> items, String name) {
        Set<String> names = new HashSet<>();
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        int end = 0;
        for (Item item : sorted) {
            if (!names.add(item.name())) {
                throw new IllegalArgumentException(name + ": item " + item.name() + " twice");
            }
            if (item.offset() < end) {
                throw new IllegalArgumentException(name + ": item " + item.name() + " overlaps the item before it");
            }
            end = item.offset() + item.length();
        }
        return end;
    }

    private static Terminator lineTerminator(String value, String where) {
        if ("LF".equalsIgnoreCase(value) || "CRLF".equalsIgnoreCase(value)) {
            return Terminator.LINE;
        }
        throw new IllegalArgumentException(where + "terminator must be LF, CRLF or NONE");
    }

    private static int parse(String value, String where) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "not a number: " + value, e);
        }
    }
}
