// `cluster-atlas screen --call ID --out FILE`: screens an opportunity call and writes the report as CSV or XLSX
// (by the file's extension). An unknown call or a call with nobody to screen exits 2 with a clear message.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

export function registerCallCommands(program: Command): void {
  program.command('screen')
    .description('screen an opportunity call (hard rules, interest, fit threshold) and write the report')
    .requiredOption('--call <id>', 'the call id')
    .requiredOption('--out <file>', 'the report: a .csv or .xlsx file')
    .action(async (options: { call: string; out: string }) => {
      if (!/^\d+$/.test(options.call.trim()) || Number(options.call) < 1) {
        throw new ValidationError(`--call ${options.call}: expected a call id (a whole number >= 1)`, [{ row: 0, column: '--call', message: 'expected a whole number >= 1' }]);
      }
      const format = options.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : options.out.toLowerCase().endsWith('.csv') ? 'csv' : null;
      if (format === null) {
        throw new ValidationError(`--out ${options.out}: expected a .csv or .xlsx file name`, [{ row: 0, column: '--out', message: 'expected .csv or .xlsx' }]);
      }
      // Loaded here so that other commands do not pay for the database and the analytics.
      const { withDatabase } = await import('../database.ts');
      const { runScreening, screeningTable } = await import('../../services/calls/screening.ts');
      const { NotFoundError } = await import('../../services/errors.ts');
      const operator = { userId: 0, email: 'cli', role: 'admin' as const, clusterIds: [], organizationId: null };
      await withDatabase(async (db) => {
        let report;
        try {
          report = await runScreening(db, operator, Number(options.call));
        } catch (error) {
          if (error instanceof NotFoundError) throw new ValidationError(`--call ${options.call}: no such call`, [{ row: 0, column: '--call', message: 'no such call' }]);
          throw error;
        }
        await writeFile(options.out, await screeningTable(report, format));
        process.stdout.write(`screen: call ${report.callId}: ${report.considered} organisations considered, ${report.accepted} accepted, `
          + `${report.screenedOut} screened out -> ${options.out}\n`);
      });
    });
}
