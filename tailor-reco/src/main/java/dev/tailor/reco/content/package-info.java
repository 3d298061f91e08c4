/**
 * {@code content}: TF-IDF product vectors from title words, category levels, brand, tags and price
 * band; customer profiles as the weighted sum of their items' vectors. Serves products nobody has
 * interacted with yet and relates products by description.
 */
package dev.tailor.reco.content;
