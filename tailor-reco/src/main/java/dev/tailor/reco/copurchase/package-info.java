/**
 * {@code copurchase}: products bought together in the same order, scored by a shrunk log-lift so
 * that bestsellers do not dominate; scores customers from their recent purchases and carts and
 * answers "bought with this product".
 */
package dev.tailor.reco.copurchase;
