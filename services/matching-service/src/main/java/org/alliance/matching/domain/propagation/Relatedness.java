package org.alliance.matching.domain.propagation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.alliance.matching.domain.search.ChineseText;

/**
 * Which terms an outcome shares with a studio's capabilities and open needs. The outcome's side is its
 * title and keywords (its summary is prose about awards and orders, and would relate it to everyone);
 * the studio's side is its capability summary, keywords and open needs. A term is shared when one of
 * the outcome's keywords occurs in the studio's text, or when a word of two or more characters from
 * the outcome's title and keywords is also a word of the studio's text, segmented by the matching
 * engine's own analysis ({@link ChineseText}: smartcn with its stop words). Single characters are left
 * out: smartcn falls back to them for words it does not know (防磨防爆 becomes 防 磨 防 爆), and alone
 * they relate nearly anything.
 */
public final class Relatedness {

    private final ChineseText analysis;
    private final Set<String> keywords = new TreeSet<>();
    private final Set<String> words;

    public Relatedness(ChineseText analysis, String title, Collection<String> outcomeKeywords) {
        this.analysis = analysis;
        StringBuilder text = new StringBuilder(title);
        for (String k : outcomeKeywords) {
            String kw = k.strip().toLowerCase(Locale.ROOT);
            if (!kw.isEmpty()) {
                keywords.add(kw);
                text.append(' ').append(kw);
            }
        }
        words = words(text.toString());
    }

    /** The shared terms, sorted; empty when the studio's text has nothing in common with the outcome. */
    public Set<String> sharedWith(String studioText) {
        String lower = studioText.toLowerCase(Locale.ROOT);
        Set<String> shared = new TreeSet<>();
        for (String kw : keywords) {
            if (lower.contains(kw)) {
                shared.add(kw);
            }
        }
        Set<String> theirs = words(lower);
        for (String w : words) {
            if (theirs.contains(w)) {
                shared.add(w);
            }
        }
        return shared;
    }

    private Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String term : analysis.terms(text)) {
            if (term.length() >= 2) {
                out.add(term);
            }
        }
        return out;
    }
}
