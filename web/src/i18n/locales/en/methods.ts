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
  evaluationTitle: 'Policy evaluation',
  evaluation: {
    kpi: {
      term: 'KPI status',
      text: 'Each indicator has a baseline (its first actual value), targets by year and actual values with their source. Progress is the share of the planned change achieved: (actual − baseline) / (target − baseline); in years without a target the straight line from the baseline to the final target is used. Green means at least 90 % of the planned change, amber at least 70 %, red less.',
    },
    programme: {
      term: 'Programme execution',
      text: 'The execution rate adds up what each measure achieved, but never more than its plan, and divides by the total plan, so over-delivery in one region cannot hide a lag in another. Where no official figure of what was achieved exists, the registry’s clusters founded in the programme years are counted, which is a lower bound because the registry is partial.',
    },
    impact: {
      term: 'Impact of membership',
      text: 'Members are compared with similar non-members: a logistic regression gives each firm’s probability of joining, each member is paired with the non-member closest to it (within a caliper), and the difference in differences compares how both changed after joining. Intervals come from 200 bootstrap resamples of the pairs; a pre-trend check tests whether they already diverged before joining. When there are too few pairs, balance is poor or the trends differ, the page says the data cannot support a conclusion.',
    },
    excellence: {
      term: 'Excellence self-assessment',
      text: 'A questionnaire of eight areas after the European cluster management benchmarking, each answer 0–4. An area’s score is the mean of its answers on a 0–100 scale; the overall score weights strategy twice. Levels: initial below 40, developing 40–60, advanced 60–80, excellent 80 and above. The two weakest areas get suggested steps and good practices.',
    },
    support: {
      term: 'Support within a budget',
      text: 'Clusters are ranked by TOPSIS: how close each is to the best value on every criterion and how far from the worst, with the weights you set. Then the set with the highest total score that fits the budget is chosen exactly (0/1 knapsack). For each weight the page shows how far it can move before the choice changes.',
    },
    ahp: {
      term: 'Common goals (AHP)',
      text: 'Each member compares the candidate goals in pairs on Saaty’s scale from 1 (equal) to 9 (extremely more important). The weights are the principal eigenvector of the comparison matrix; the consistency ratio above 0.1 means the answers contradict each other and should be revised. The cluster’s ranking comes from the geometric mean of all members’ judgements.',
    },
  },
  more: 'Export opportunities, partner search and cross-sector links are explained on their own pages; full formulas and references are in the docs/ folder of the source code.',
};
