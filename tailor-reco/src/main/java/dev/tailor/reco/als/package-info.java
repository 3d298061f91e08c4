/**
 * Implicit-feedback alternating least squares (Hu, Koren and Volinsky 2008), solved with a few
 * conjugate-gradient steps per customer and per product (Takács, Pilászy and Tikk 2011).
 *
 * <p>{@link dev.tailor.reco.als.AlsTrainer} fits an immutable {@link dev.tailor.reco.als.AlsModel}
 * from the weighted customer × product matrix: preference {@code p = 1} where the weight is
 * positive, confidence {@code c = 1 + alpha × weight}. The model scores a known customer from their
 * trained factors and folds a new or changed customer in by solving their least-squares problem
 * against the fixed product factors, without retraining.
 */
package dev.tailor.reco.als;
