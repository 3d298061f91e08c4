/**
 * Benchmarks: end-to-end programs that print one JSON line ({@link dev.tailor.bench.AlsVsSpark},
 * {@link dev.tailor.bench.RecommendAllBench}) and JMH micro-benchmarks. Never shipped.
 */
package dev.tailor.bench;
