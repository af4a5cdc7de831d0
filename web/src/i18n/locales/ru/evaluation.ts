export const evaluation = {} as const;
