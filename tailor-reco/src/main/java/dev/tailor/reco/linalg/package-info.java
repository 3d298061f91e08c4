/**
 * Dense linear algebra on plain Java arrays, shared by the factor models: a fixed pool of worker
 * threads for parallel loops, the Gram matrix of a factor matrix, small Cholesky solves, the
 * blocked inverse of a symmetric positive definite matrix, and vector kernels written so that the
 * JIT can vectorize or pipeline them.
 */
package dev.tailor.reco.linalg;
