// Size fit of two organisations by size class (micro < small < medium < large). Pure.

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;

/** The ordinal of a size class (0 micro .. 3 large), -1 when unknown. */
export function sizeOrdinal(sizeClass: string | null | undefined): number {
  return sizeClass ? (SIZE_CLASSES as readonly string[]).indexOf(sizeClass) : -1;
}

/**
 * Size fit of two size-class ordinals a, b in 0..3:
 *
 *   fit = 1 - |a - b| / 3,   0.5 when either is unknown (-1)
 *
 * so the same class gives 1, neighbouring classes 2/3, micro and large 0. Partners of a similar size cooperate
 * on more equal terms; ClusterAtlas's own convention.
 */
export function sizeFit(a: number, b: number): number {
  if (a < 0 || b < 0) return 0.5;
  return 1 - Math.abs(a - b) / 3;
}
