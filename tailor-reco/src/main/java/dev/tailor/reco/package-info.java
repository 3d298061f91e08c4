/**
 * The recommendation engine. {@link dev.tailor.reco.Algorithms} names every algorithm with its
 * trainer factory and model codec; the feature packages hold the data layout ({@code data}), the
 * shared contract ({@code model}), one package per algorithm, recommending ({@code recommend}),
 * model files ({@code snapshot}) and offline evaluation ({@code eval}, {@code tune}).
 */
package dev.tailor.reco;
