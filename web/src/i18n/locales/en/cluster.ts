export const cluster = {
  title: 'Cluster profile',
};
