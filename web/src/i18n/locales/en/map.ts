export const map = {
  title: 'Cluster map of Belarus',
};
