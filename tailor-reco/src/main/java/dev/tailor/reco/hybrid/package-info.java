/**
 * {@code hybrid}: blends trained models by configured weights with per-model score normalisation,
 * and routes customers without history to the non-personal models and products without interactions
 * to the content model.
 */
package dev.tailor.reco.hybrid;
