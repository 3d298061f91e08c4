package dev.tailor.core.catalog;

/**
 * Counts that tell whether the catalog is fit to recommend from.
 *
 * @param products all products
 * @param outOfStock products whose tracked inventory is zero or less
 * @param unpublished products not published
 * @param missingPrice products without a price
 * @param missingImage products without an image URL
 * @param missingTitle products without a title
 */
public record CatalogHealth(
    long products,
    long outOfStock,
    long unpublished,
    long missingPrice,
    long missingImage,
    long missingTitle) {}
