package dev.tailor.insights.report;

import java.util.Optional;

/**
 * How varied the recommendations were.
 *
 * @param recommendations items shown, over all emails
 * @param distinctProducts different products among them
 * @param coverage distinctProducts / catalog size, when the catalog size is known
 * @param gini the Gini coefficient of how often each shown product was shown: 0 when all equally,
 *     towards 1 when a few products fill most slots
 * @param topTenShare the share of recommendations taken by the ten most shown products
 * @param meanDistinctPerEmail distinct products per email divided by the items in it, averaged (1
 *     when no email repeats a product)
 */
public record Diversity(
    long recommendations,
    long distinctProducts,
    Optional<Double> coverage,
    double gini,
    double topTenShare,
    double meanDistinctPerEmail) {}
