// `cluster-atlas evaluate impact` as users run it: a real process and real files.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { simulatePanel } from '../../src/analytics/evaluation/simulate-panel.ts';
import { cli } from '../helpers/cli.ts';

function panelCsv(nFirms: number, seed: number): string {
  const { panel } = simulatePanel({ nFirms, nYears: 6, seed });
  const [e, r, x] = panel.outcomes.map((o) => o.values) as [Float64Array, Float64Array, Float64Array];
  const rows = ['firm,year,member_since,employment,revenue,exports'];
  for (let i = 0; i < panel.nFirms; i++) {
    for (let t = 0; t < panel.nYears; t++) {
      const at = i * panel.nYears + t;
      rows.push(`F-${i + 1},${panel.firstYear + t},${panel.memberSince[i] || ''},${e[at]?.toFixed(3)},${r[at]?.toFixed(3)},${x[at]?.toFixed(3)}`);
    }
  }
  return rows.join('\n') + '\n';
}

describe('cluster-atlas evaluate impact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-evaluate-'));
  const state = join(dir, 'state');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const panel = file('panel.csv', panelCsv(600, 3));

  test('writes the result table and prints a one-line summary', () => {
    const out = join(dir, 'impact.csv');
    const r = cli(state, 'evaluate', 'impact', '--panel', panel, '--out', out, '--replications', '50', '--seed', '3');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^evaluate impact: 600 firms, \d+ members \(\d+ without a pre-period left out\), \d+ matched pairs .*employment [+-]\d\.\d{3} \[.*\] (effect|no-detectable-effect|inconclusive).* -> .*impact\.csv\n$/);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'outcome,term,event_time,estimate,ci_low,ci_high,pairs,note');
    assert.match(lines[1] ?? '', /^,matching,,[\d.]+,,,\d+,treated=\d+;controls=\d+;unmatched=\d+;no_pre_period=\d+;joined_after_panel=0;missing_covariates=0;propensity_converged=true$/);
    assert.equal(lines.filter((l) => l.startsWith(',balance,')).length, 4);
    assert.ok(lines.some((l) => l.startsWith(',balance,,') && l.includes('covariate=ln(1+employment) 2014;smd_before=')));
    for (const outcome of ['employment', 'revenue', 'exports', 'productivity']) {
      assert.equal(lines.filter((l) => l.startsWith(`${outcome},att,,`)).length, 1);
      assert.ok(lines.some((l) => l.startsWith(`${outcome},event,-1,0,0,0,`) && l.endsWith(',base')));
      assert.ok(lines.some((l) => /^\w+,pretrend,,-?[\d.e-]+,-?[\d.e-]+,-?[\d.e-]+,\d+,(pass|fail)$/.test(l) && l.startsWith(outcome)));
      assert.match(lines.find((l) => l.startsWith(`${outcome},verdict,`)) ?? '', /,(effect|no-detectable-effect|inconclusive(: [a-z;-]+)?|no-detectable-effect: ci-covers-zero)$/);
    }
    assert.ok(lines.some((l) => /^employment,att,,[\d.e-]+,[\d.e-]+,[\d.e-]+,\d+,se=[\d.e-]+;scale=ln1p$/.test(l)));
    assert.ok(lines.some((l) => l.startsWith('productivity,att,') && l.endsWith(';scale=level')));
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  test('--outcomes limits the outcomes; the same seed gives the same file', () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    for (const out of [a, b]) assert.equal(cli(state, 'evaluate', 'impact', '--panel', panel, '--out', out, '--replications', '20', '--outcomes', 'employment').code, 0);
    const text = readFileSync(a, 'utf8');
    assert.equal(text, readFileSync(b, 'utf8'));
    assert.deepEqual([...new Set(text.trim().split('\n').slice(1).map((l) => l.split(',')[0]))], ['', 'employment']);
  });

  test('bad input exits 2 naming the row and column, and writes nothing', () => {
    const out = join(dir, 'bad.csv');
    const bad = file('bad-panel.csv', 'firm,year,member_since,employment,revenue,exports\nA,2020,,1,1,1\nA,2021,,1,1,1\nB,2020,2021,1,1,1\nB,2021,2021,1,-3,1\nC,2020,,1,1,1\n');
    const r = cli(state, 'evaluate', 'impact', '--panel', bad, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad-panel\.csv: 2 problems found; nothing was written/);
    assert.match(r.stderr, /row 5, column revenue: -3 is negative/);
    assert.match(r.stderr, /row 6, column year: firm C: no row for 2021 \(the panel covers 2020-2021\)/);
    assert.equal(existsSync(out), false);
    const unknown = cli(state, 'evaluate', 'impact', '--panel', panel, '--out', out, '--outcomes', 'wages');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--outcomes wages: expected names from employment, revenue, exports, productivity/);
    const caliper = cli(state, 'evaluate', 'impact', '--panel', panel, '--out', out, '--caliper', '0');
    assert.equal(caliper.code, 2);
    assert.match(caliper.stderr, /column --caliper: expected a number > 0/);
    const missing = cli(state, 'evaluate', 'impact', '--panel', join(dir, 'none.csv'), '--out', out);
    assert.equal(missing.code, 2);
    assert.equal(existsSync(out), false);
  });
});
