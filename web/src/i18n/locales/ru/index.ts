import type { en } from '../en/index.ts';
import type { Catalog } from '../../catalog.ts';
import { common } from './common.ts';
import { map } from './map.ts';
import { cluster } from './cluster.ts';
import { registry } from './registry.ts';
import { edit } from './edit.ts';
import { importer } from './importer.ts';
import { auth } from './auth.ts';
import { about } from './about.ts';
import { methods } from './methods.ts';

export const ru: Catalog<typeof en> = { common, map, cluster, registry, edit, importer, auth, about, methods };
