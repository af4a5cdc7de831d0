export const methods = {
  title: 'Methods in plain words',
};
