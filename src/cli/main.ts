// The `cluster-atlas` command line. Exit codes: 0 success, 2 bad input (nothing written), 1 other failure.
import { Command } from 'commander';
import { registerBelstatCommands } from './commands/belstat.ts';
import { registerCallCommands } from './commands/calls.ts';
import { registerComplexityCommands } from './commands/complexity.ts';
import { registerCrossSectorCommands } from './commands/crosssector.ts';
import { registerDecisionCommands } from './commands/decision.ts';
import { registerEvaluateCommands } from './commands/evaluate.ts';
import { registerMappingCommands } from './commands/mapping.ts';
import { registerMarketsCommands } from './commands/markets.ts';
import { registerPartnerCommands } from './commands/partners.ts';
import { registerRegistryCommands } from './commands/registry.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerStatisticsCommands } from './commands/statistics.ts';
import { registerUserCommands } from './commands/user.ts';
import { exitCodeFor, printError } from './errors.ts';

const program = new Command('cluster-atlas')
  .description('ClusterAtlas: the platform for cluster policy')
  .showHelpAfterError();
registerServeCommands(program);
registerRegistryCommands(program);
registerUserCommands(program);
registerMappingCommands(program);
registerComplexityCommands(program);
registerCrossSectorCommands(program);
registerMarketsCommands(program);
registerPartnerCommands(program);
registerBelstatCommands(program);
registerStatisticsCommands(program);
registerCallCommands(program);
registerEvaluateCommands(program);
registerDecisionCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  printError(error);
  process.exit(exitCodeFor(error));
}
