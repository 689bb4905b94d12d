package dev.migralint.source;

import java.util.Comparator;

/** Orders names so that digit runs compare as numbers: {@code 2_x.sql} before {@code 10_x.sql}. */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0; // the common case when sorting findings: two of one file
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byLength = Integer.compare(ei - si, ej - sj);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < ei - si; k++) { // runs of equal length: the first differing digit decides
                    int byDigit = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (byDigit != 0) {
                        return byDigit;
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        // 1_a.sql and 01_a.sql are equal as numbers; a plain comparison keeps the order total and stable
        return byRest != 0 ? byRest : a.compareTo(b);
    }
}
