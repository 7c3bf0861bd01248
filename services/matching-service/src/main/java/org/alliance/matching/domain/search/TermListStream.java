package org.alliance.matching.domain.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Hands Lucene terms that {@link ChineseText} already produced, so a studio's text is segmented once
 * and the index and the term statistics of the naive scan and explanations cannot disagree.
 */
final class TermListStream extends TokenStream {

    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> next;

    TermListStream(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public void reset() {
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (next == null || !next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
