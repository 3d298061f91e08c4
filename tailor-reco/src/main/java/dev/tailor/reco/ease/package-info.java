/**
 * EASE, the embarrassingly shallow autoencoder (Steck 2019): a dense product × product weight
 * matrix in closed form, {@code B = I − P · diag(1 / diag(P))} with {@code P = (XᵀX + λI)⁻¹} and a
 * zero diagonal. Scores are {@code x_u B}. Strong on small and medium catalogs; memory grows with
 * the square of the product count, so {@link dev.tailor.reco.ease.EaseTrainer} refuses catalogs
 * that would not fit.
 */
package dev.tailor.reco.ease;
