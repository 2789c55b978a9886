/**
 * @module Dense linear algebra for the small symmetric matrices of the engine (one row per skill,
 * at most a few dozen). Matrices are row-major `Float64Array`s of n·n entries. Cholesky-based,
 * because every matrix inverted here is a covariance or precision matrix (symmetric positive
 * definite) and Cholesky both inverts it stably and proves it is positive definite.
 */

/**
 * Cholesky factor L (lower triangular, row-major, A = L·Lᵀ) of a symmetric matrix, or null when
 * the matrix is not positive definite (a pivot ≤ 1e-12 times the largest diagonal entry).
 */
export function cholesky(matrix: ArrayLike<number>, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(matrix[i * n + i] as number));
  const floor = 1e-12 * (scale || 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > floor)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] as number);
      }
    }
  }
  return l;
}

/** Whether a symmetric matrix is positive definite. */
export function isPositiveDefinite(matrix: ArrayLike<number>, n: number): boolean {
  return cholesky(matrix, n) !== null;
}

/**
 * Inverse of a symmetric positive-definite matrix, via its Cholesky factor: A⁻¹ = L⁻ᵀ L⁻¹.
 * Returns null when the matrix is not positive definite. The result is exactly symmetric.
 */
export function invertSpd(matrix: ArrayLike<number>, n: number): Float64Array | null {
  const l = cholesky(matrix, n);
  if (l === null) return null;
  // W = L⁻¹ (lower triangular), by forward substitution column by column.
  const w = new Float64Array(n * n);
  for (let col = 0; col < n; col++) {
    for (let i = col; i < n; i++) {
      let sum = i === col ? 1 : 0;
      for (let k = col; k < i; k++) sum -= (l[i * n + k] as number) * (w[k * n + col] as number);
      w[i * n + col] = sum / (l[i * n + i] as number);
    }
  }
  // A⁻¹ = Wᵀ W; fill the upper triangle and mirror it.
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let sum = 0;
      for (let k = j; k < n; k++) sum += (w[k * n + i] as number) * (w[k * n + j] as number);
      inverse[i * n + j] = sum;
      inverse[j * n + i] = sum;
    }
  }
  return inverse;
}

/** y = M·x for an n×n row-major matrix. */
export function multiplyVector(matrix: ArrayLike<number>, x: ArrayLike<number>, n: number): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (matrix[i * n + j] as number) * (x[j] as number);
    y[i] = sum;
  }
  return y;
}

/** The quadratic form wᵀ·M·w. */
export function quadraticForm(matrix: ArrayLike<number>, w: ArrayLike<number>, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i] as number;
    if (wi === 0) continue;
    let row = 0;
    for (let j = 0; j < n; j++) row += (matrix[i * n + j] as number) * (w[j] as number);
    total += wi * row;
  }
  return total;
}
