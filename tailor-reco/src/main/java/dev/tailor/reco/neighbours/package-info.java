/**
 * Item-to-item neighbourhoods shared by {@code itemknn} and {@code copurchase}: a sparse,
 * multi-threaded top-K search over co-occurrences and the dense neighbour lists it produces.
 */
package dev.tailor.reco.neighbours;
