export const edit = {
  title: 'Edit',
};
