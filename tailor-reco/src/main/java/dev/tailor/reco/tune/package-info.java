/**
 * Hyper-parameter search behind {@code tailor tune}: a {@link dev.tailor.reco.tune.ParamSpace} per
 * algorithm, searched by grid or seeded random draws on a validation split cut from the training
 * part only, by the {@link dev.tailor.reco.tune.Tuner}.
 */
package dev.tailor.reco.tune;
