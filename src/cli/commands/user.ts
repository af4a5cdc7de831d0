import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { withDatabase } from '../database.ts';

const collect = (value: string, previous: number[]) => [...previous, Number(value)];

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user.command('add')
    .description('create an account (the first admin too); prints a generated password unless --password or CLUSTER_ATLAS_PASSWORD is given')
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .requiredOption('--role <role>', 'admin, analyst, cluster_manager or member')
    .option('--cluster <id>', 'cluster the manager manages (repeatable)', collect, [])
    .option('--org <id>', 'organisation of a member')
    .option('--password <password>', 'password (at least 10 characters)')
    .action(async (o: { email: string; role: string; cluster: number[]; org?: string; password?: string }) => {
      const given = o.password ?? process.env.CLUSTER_ATLAS_PASSWORD;
      const password = given ?? randomBytes(12).toString('base64url');
      const { addUser } = await import('../../services/users.ts');
      const created = await withDatabase((db) => addUser(db, {
        email: o.email, role: o.role, password, clusterIds: o.cluster, organizationId: o.org === undefined ? null : Number(o.org),
      }));
      process.stdout.write(`created user ${created.id} ${created.email} (${created.role})\n`);
      if (!given) process.stdout.write(`password: ${password}\n`);
    });
}
