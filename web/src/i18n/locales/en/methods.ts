export const methods = {
  title: 'Methods in plain words',
  intro: 'How ClusterAtlas turns records into what you see, and what each figure means.',
  items: {
    status: {
      term: 'Cluster status',
      text: 'Potential: a group of firms and organisations in one territory with a common specialisation, but no agreement yet. Forming: a cooperation agreement or a coordinating organisation is being set up. Operating: the cluster works on a contractual basis, with a coordinator, members and joint activity. Every change of status is kept with its date, so the history of each cluster can be seen.',
    },
    counts: {
      term: 'Clusters on the map',
      text: 'A cluster counts in every territory its record names. A cluster that names a raion also counts in that raion’s oblast, once. The colour of a territory shows how many clusters it has; the markers show each cluster at the centre of its most specific territory.',
    },
    perMillion: {
      term: 'Clusters per million inhabitants',
      text: 'To compare countries of different size, the number of clusters is divided by the population in millions. Belarus uses the 2019 census; Poland and Russia the World Bank’s 2017 figures.',
    },
    size: {
      term: 'Size of an organisation',
      text: 'As in Belarus’s law on small and medium enterprises: micro up to 15 employees, small 16–100, medium 101–250, large above 250. When only the number of employees is known, the size is derived from it; when both are given, they must agree.',
    },
    unp: {
      term: 'UNP check',
      text: 'The payer account number has 9 characters. Its last digit is a check digit computed from the first eight with fixed weights, so a mistyped number is almost always caught before it is saved.',
    },
    imports: {
      term: 'Imports',
      text: 'Every row of a file is read and checked first: types, allowed values, existing sectors and territories, duplicate numbers. If any row is wrong, nothing is saved and every problem is listed with its row and column. Only a file without errors is saved, all at once.',
    },
    confidential: {
      term: 'Confidential figures',
      text: 'Employees, revenue and exports of single firms, and the values of contracts, are shown only to analysts, to the firm itself and to the managers of its cluster. Everyone else sees that the firm and the contract exist, not their figures.',
    },
    illustrative: {
      term: 'Illustrative records',
      text: 'Where public data does not exist, the demo adds made-up records so that the product can be shown. They are always labelled “Illustrative” and must never be quoted as facts.',
    },
  },
  nextTitle: 'Coming next',
  next: 'Export opportunities from economic complexity, partner search, cross-sector cooperation and policy evaluation.',
};
