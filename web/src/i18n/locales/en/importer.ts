export const importer = {
  title: 'Import data',
};
