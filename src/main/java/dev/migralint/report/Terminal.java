package dev.migralint.report;

/**
 * Makes text from migration files safe to print: control characters (including ESC, which starts terminal escape
 * sequences) are shown as {@code \xNN} instead of being sent to the terminal.
 */
final class Terminal {
    private Terminal() {
    }

    static String clean(String s) {
        // a char array, not charAt: most of a run's text passes here before the loop is compiled
        char[] chars = s.toCharArray();
        StringBuilder b = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(chars, 0, i);
                }
                b.append(String.format("\\x%02x", (int) c & 0xffff));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
