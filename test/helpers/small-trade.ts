// A hand-made 4 locations x 5 products export matrix shared by the complexity and target-markets API tests.
// Rows are locations aaa..ddd, columns products 0101..0505 (codes as text, sorted).
export const LOCATIONS = ['aaa', 'bbb', 'ccc', 'ddd'];
export const PRODUCTS = ['0101', '0202', '0303', '0404', '0505'];
export const VALUES = [
  10, 5, 3, 1, 0,
  8, 6, 0, 0, 2,
  2, 0, 0, 0, 9,
  0, 4, 7, 6, 1,
];
/** The matrix as a `location,product,value` file. */
export const CSV = ['location,product,value', ...LOCATIONS.flatMap((l, c) => PRODUCTS.map((p, k) => `${l},${p},${VALUES[c * 5 + k]}`))].join('\n');
