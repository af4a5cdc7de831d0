// Errors shared by the analytics methods.
//
// Caller mistakes throw the built-in RangeError (shape, out-of-range parameter) or TypeError (wrong type);
// failures of the method itself on valid input throw the classes below. Messages name the method in
// backticks and have no final period: "`locationQuotient` requires employment.length = nRegions * nCategories".

/** An iterative method did not reach its tolerance within its iteration budget. */
export class ConvergenceError extends Error {
  override name = 'ConvergenceError';
}

/** A linear system had no unique solution (a singular or numerically singular matrix). */
export class SingularMatrixError extends Error {
  override name = 'SingularMatrixError';
}

/**
 * Checks the dimensions of a region x category matrix and throws a RangeError naming the method.
 * Internal helper: not re-exported by the barrel.
 * @throws {RangeError} when a dimension is not a non-negative integer or `array.length !== nRegions * nCategories`
 */
export function assertMatrix(
  method: string,
  name: string,
  array: ArrayLike<number>,
  nRegions: number,
  nCategories: number,
): void {
  if (!Number.isInteger(nRegions) || nRegions < 0) {
    throw new RangeError(`\`${method}\` requires nRegions to be a non-negative integer`);
  }
  if (!Number.isInteger(nCategories) || nCategories < 0) {
    throw new RangeError(`\`${method}\` requires nCategories to be a non-negative integer`);
  }
  if (array.length !== nRegions * nCategories) {
    throw new RangeError(`\`${method}\` requires ${name}.length = nRegions * nCategories`);
  }
}
