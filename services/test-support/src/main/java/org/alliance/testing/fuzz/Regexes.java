package org.alliance.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Samples strings from the small regular expressions the contracts use: literals, classes with
 * ranges, \d, \S, groups, alternation and the quantifiers ?, *, +, {n}, {n,m}.
 */
final class Regexes {

    private final String re;
    private final Random random;
    private int at;

    private Regexes(String re, Random random) {
        this.re = re;
        this.random = random;
    }

    static String sample(String pattern, Random random) {
        String re = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        re = re.endsWith("$") && !re.endsWith("\\$") ? re.substring(0, re.length() - 1) : re;
        Regexes r = new Regexes(re, random);
        StringBuilder out = new StringBuilder();
        r.alternation(out);
        return out.toString();
    }

    private void alternation(StringBuilder out) {
        List<StringBuilder> branches = new ArrayList<>();
        branches.add(new StringBuilder());
        // every branch is parsed; one is kept
        while (at < re.length() && re.charAt(at) != ')') {
            if (re.charAt(at) == '|') {
                at++;
                branches.add(new StringBuilder());
                continue;
            }
            piece(branches.get(branches.size() - 1));
        }
        out.append(branches.get(random.nextInt(branches.size())));
    }

    private void piece(StringBuilder out) {
        int from = at;
        atom(new StringBuilder());
        int[] count = quantifier();
        int after = at;
        int n = count[0] + (count[1] > count[0] ? random.nextInt(count[1] - count[0] + 1) : 0);
        for (int i = 0; i < n; i++) {
            at = from;
            atom(out);
        }
        at = after;
    }

    private int[] quantifier() {
        if (at >= re.length()) {
            return new int[] {1, 1};
        }
        char c = re.charAt(at);
        if (c == '?') {
            at++;
            return new int[] {0, 1};
        }
        if (c == '*') {
            at++;
            return new int[] {0, 3};
        }
        if (c == '+') {
            at++;
            return new int[] {1, 3};
        }
        if (c == '{') {
            int close = re.indexOf('}', at);
            String[] parts = re.substring(at + 1, close).split(",", -1);
            at = close + 1;
            int min = Integer.parseInt(parts[0]);
            int max = parts.length == 1 ? min : parts[1].isEmpty() ? min + 3 : Integer.parseInt(parts[1]);
            return new int[] {min, max};
        }
        return new int[] {1, 1};
    }

    private void atom(StringBuilder out) {
        char c = re.charAt(at);
        if (c == '(') {
            at++;
            if (re.startsWith("?:", at)) {
                at += 2;
            }
            alternation(out);
            at++; // ')'
        } else if (c == '[') {
            int close = at + 1;
            while (re.charAt(close) != ']' || re.charAt(close - 1) == '\\') {
                close++;
            }
            out.append(fromClass(re.substring(at + 1, close)));
            at = close + 1;
        } else if (c == '\\') {
            out.append(escape(re.charAt(at + 1)));
            at += 2;
        } else if (c == '.') {
            out.append('x');
            at++;
        } else {
            out.append(c);
            at++;
        }
    }

    private char escape(char e) {
        return switch (e) {
            case 'd' -> (char) ('0' + random.nextInt(10));
            case 'S', 'w' -> (char) ('a' + random.nextInt(26));
            case 's' -> ' ';
            default -> e;
        };
    }

    private char fromClass(String body) {
        List<Character> chars = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char e = body.charAt(++i);
                if (e == 'd') {
                    for (char d = '0'; d <= '9'; d++) {
                        chars.add(d);
                    }
                } else {
                    chars.add(e);
                }
            } else if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                for (char r = c; r <= body.charAt(i + 2); r++) {
                    chars.add(r);
                }
                i += 2;
            } else {
                chars.add(c);
            }
        }
        return chars.get(random.nextInt(chars.size()));
    }
}
