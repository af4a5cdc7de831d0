// Geographic closeness of two places: great-circle distance and a score that decays with it. Pure.

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km between two points given in degrees (haversine formula):
 *
 *   d = 2 R asin( sqrt( sin^2(dphi / 2) + cos(phi1) cos(phi2) sin^2(dlambda / 2) ) )
 *
 * where phi is latitude, lambda longitude (radians) and R = 6371.0088 km. NaN when a coordinate is NaN.
 * Reference: Sinnott, R. W. (1984) "Virtues of the haversine", Sky and Telescope 68(2), 159.
 *
 * @example haversineKm(53.9, 27.5667, 52.4345, 30.9754) // ~ 280 (Minsk - Gomel)
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dPhi = (lat2 - lat1) * r;
  const dLambda = (lon2 - lon1) * r;
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Default distance scale d0 of `geographyScore` in km: a neighbouring raion (~40 km) scores ~0.67. */
export const GEOGRAPHY_D0_KM = 100;

/**
 * Geographic score of a distance: exp(-d / d0), 1 at the same place, 1/e at d0 (100 km by default); 0 for an
 * unknown (NaN) distance. A distance-decay kernel as in gravity models of interaction (e.g. Fotheringham, A. S.
 * (1981) "Spatial structure and distance-decay parameters", Annals of the AAG 71(3), 425-436).
 */
export function geographyScore(distanceKm: number, d0: number = GEOGRAPHY_D0_KM): number {
  if (Number.isNaN(distanceKm)) return 0;
  return Math.exp(-Math.max(0, distanceKm) / d0);
}

/**
 * Scores of one place against many (e.g. all territories): exp(-haversine(q, p) / d0) for each p, 0 where a
 * coordinate is NaN.
 *
 * @throws {RangeError} when lat and lon differ in length
 */
export function geographyScores(lat: number, lon: number, lats: Float64Array, lons: Float64Array, d0: number = GEOGRAPHY_D0_KM): Float64Array {
  if (lats.length !== lons.length) throw new RangeError('`geographyScores` requires lats and lons of the same length');
  return Float64Array.from(lats, (la, i) => geographyScore(haversineKm(lat, lon, la, lons[i] as number), d0));
}
