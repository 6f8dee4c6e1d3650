package io.github.cheetahoptimove.optimove.client;

/** The delimiter Optimove joins attribute values with in the joined shape; only these two are accepted. */
public enum AttributeDelimiter {
    /** {@code ,} */
    COMMA(','),
    /** {@code ;} */
    SEMICOLON(';');

    private final char character;

    AttributeDelimiter(char character) {
        this.character = character;
    }

    /** The character. */
    public char character() {
        return character;
    }

    /**
     * The delimiter written as {@code s}.
     *
     * @throws IllegalArgumentException naming the two accepted ones otherwise
     */
    public static AttributeDelimiter of(String s) {
        if (",".equals(s)) {
            return COMMA;
        }
        if (";".equals(s)) {
            return SEMICOLON;
        }
        throw new IllegalArgumentException("attributesDelimiter must be \",\" or \";\", was \"" + s + "\"");
    }
}
