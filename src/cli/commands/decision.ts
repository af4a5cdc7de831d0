// Decision methods of policy evaluation on the command line (issue 8): `ahp` (priorities of common goals) and
// `support rank` (clusters ranked and selected for support within a budget). Both read files only.
import type { Command } from 'commander';
import { registerAhpCommand } from './ahp.ts';
import { registerSupportCommand } from './support.ts';

export function registerDecisionCommands(program: Command): void {
  registerAhpCommand(program);
  registerSupportCommand(program);
}
