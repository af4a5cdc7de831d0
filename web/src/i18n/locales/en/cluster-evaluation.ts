export const clusterEvaluation = {} as const;
