/**
 * {@code itemknn}: item-item collaborative filtering (cosine or Jaccard with shrinkage, top-K
 * neighbours per item), scoring customers from their weighted history and answering "similar to
 * this product".
 */
package dev.tailor.reco.itemknn;
