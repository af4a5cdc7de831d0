// Area-weighted centroid of a (multi)polygon.
//
// For each ring with vertices (x_i, y_i), the shoelace formula gives
//   A = 1/2 sum_i (x_i y_{i+1} - x_{i+1} y_i),
//   C_x = 1/(6A) sum_i (x_i + x_{i+1})(x_i y_{i+1} - x_{i+1} y_i), and C_y likewise;
// holes count with the opposite sign, and the parts of a multipolygon are combined weighted by area.
// Planar in longitude/latitude: good enough for placing labels and markers inside a raion.
// Complexity O(n) in the number of vertices. Returns [NaN, NaN] when the total area is 0.
// Reference: Bourke, P. (1988) "Calculating the area and centroid of a polygon".

export type Ring = readonly (readonly number[])[];

/** @example polygonCentroid([[[[0,0],[2,0],[2,2],[0,2],[0,0]]]]) // [1, 1] */
export function polygonCentroid(polygons: readonly (readonly Ring[])[]): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      const [a, x, y] = ringMoments(ring);
      // The outer ring adds and holes subtract, whatever their winding.
      const sign = index === 0 ? Math.sign(a) : -Math.sign(a);
      area += sign * a;
      cx += sign * x;
      cy += sign * y;
    });
  }
  return area === 0 ? [NaN, NaN] : [cx / (6 * area), cy / (6 * area)];
}

function ringMoments(ring: Ring): [number, number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return [a / 2, x, y];
}
