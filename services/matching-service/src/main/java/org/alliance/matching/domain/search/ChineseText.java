package org.alliance.matching.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Chinese analyzer (smartcn: HMM word segmentation) with the stop words that carry no
 * capability: function words and the filler of problem statements ("需要", "进行"). The same analysis
 * feeds the index, the queries, the naive scan and the explanations, so a "matched term" in an
 * explanation is exactly a term that scored.
 */
public final class ChineseText {

    private static final Set<String> STOP = Set.of(
            "的", "了", "和", "与", "及", "等", "在", "对", "为", "是", "将", "把", "被", "有", "并", "或", "其", "中",
            "一", "个", "我们", "需要", "进行", "提供", "相关", "开展", "问题", "方面", "以及", "通过", "实现", "能够",
            "可以", "一些", "主要", "目前", "要求", "希望", "寻求", "解决",
            // single characters smartcn leaves from words it does not know, too common to tell studios apart
            "需", "多", "高", "大", "下", "后", "易", "过", "快", "长", "再", "次", "可", "时");

    private final Analyzer analyzer;

    public ChineseText() {
        CharArraySet stop = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
        stop.addAll(STOP);
        this.analyzer = new SmartChineseAnalyzer(stop);
        // smartcn loads its dictionaries on first use (seconds); pay that here, not on an event loop
        terms("职工创新工作室");
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The terms of {@code text} in order, repeats kept (term frequency matters to BM25). */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream(StudioIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The weighted terms of a need: every distinct term of title and description once, in order of
     * first appearance; a term of the title weighs twice, since a title names the problem. At most
     * {@code max} terms, so a long description cannot exceed the query's clause limit.
     */
    public Map<String, Float> queryTerms(String title, String description, int max) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String t : terms(title)) {
            if (weights.size() < max || weights.containsKey(t)) {
                weights.put(t, 2f);
            }
        }
        for (String t : terms(description)) {
            if (weights.size() < max) {
                weights.putIfAbsent(t, 1f);
            }
        }
        return weights;
    }
}
