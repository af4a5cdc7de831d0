export const about = {
  title: 'About ClusterAtlas',
};
