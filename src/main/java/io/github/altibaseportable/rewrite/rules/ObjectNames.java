package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Names the driver gives objects a statement does not name (the implicit sequence of an identity column,
 * an index created without a name): stored names joined by {@code _}, then a suffix. A name longer than
 * {@value #MAX_BYTES} bytes (UTF-8) keeps its first bytes and ends with the CRC-32 of the whole name, so the
 * same parts always give the same name.
 */
final class ObjectNames {
    /** Altibase's documented identifier limit. */
    static final int MAX_BYTES = 40;

    private static final int HASH_LENGTH = 8;

    private ObjectNames() {}

    /** The stored name {@code base + suffix}, shortened as described above. */
    static String shortened(String base, String suffix) {
        String full = base + suffix;
        byte[] bytes = full.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return full;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String hash = String.format(Locale.ROOT, "%08X", crc.getValue());
        return prefix(base, MAX_BYTES - suffix.length() - HASH_LENGTH - 1) + "_" + hash + suffix;
    }

    /**
     * Whether the name {@code stored} made of the names {@code writtenParts} (as written in SQL) is written
     * quoted: when one of them was, or it is not a plain identifier.
     */
    static boolean quoted(List<String> writtenParts, String stored) {
        return writtenParts.stream().anyMatch(QualifiedName::isQuoted) || !isPlain(stored);
    }

    /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes, cut between characters. */
    private static String prefix(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '$' || c == '#'))) {
                return false;
            }
        }
        return !name.isEmpty();
    }
}
