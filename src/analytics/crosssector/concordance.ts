/** A probabilistic concordance from IPC 3-character classes to NACE divisions, stored by class (sparse columns). */
export interface Concordance {
  /** NACE division codes, two digits ("01", "26"), in the file's row order */
  divisions: string[];
  /** IPC 3-character classes ("A01", "H04"), in the file's column order */
  classes: string[];
  /** class -> its column index */
  classIndex: Map<string, number>;
  /** CSR by class: the divisions of class c are divisionOf[start[c] .. start[c + 1]) with share[...] */
  start: Int32Array;
  divisionOf: Int32Array;
  share: Float64Array;
}

/**
 * Parses the Fraunhofer ISI probabilistic concordance table (NACE Rev. 2 division x IPC 3-character class).
 *
 *   share[d, c] = P(division d | class c),   sum_d share[d, c] = 1 for every class c
 *
 * where:
 *   d  is a NACE division (a row: the first cell, "1" is read as "01"),
 *   c  is an IPC class (a column: the header, e.g. "H04").
 *
 * Convention: the text is the CSV as published (header `NACE,A01,...`, `,` separated, optional BOM). A column
 * is renormalised to sum to one when its sum is within 1e-6 of one (rounding in the file); a column whose sum
 * is 0 or further from one is a RangeError naming it. Zero shares are dropped (sparse storage).
 *
 * Complexity O(nDivisions * nClasses).
 *
 * @throws {RangeError} naming the row or column of a malformed cell, a negative share or a column sum != 1
 * @example parseConcordance('NACE,H04\n26,0.75\n61,0.25\n').classes // ['H04']
 *
 * Reference: Neuhäusler, P., Frietsch, R. & Kroll, H. (2019), "Probabilistic concordance schemes for the
 * re-assignment of patents to economic sectors and scientific publications to technology fields", Fraunhofer
 * ISI Discussion Papers Innovation Systems and Policy Analysis No. 60.
 */
export function parseConcordance(text: string): Concordance {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((s) => s.trim());
  if (header.length < 2) throw new RangeError('`parseConcordance` requires a header NACE,<IPC class>,...');
  const classes = header.slice(1).map((c) => c.toUpperCase());
  const nC = classes.length;
  const divisions: string[] = [];
  const dense: number[][] = [];
  for (let r = 1; r < lines.length; r++) {
    const cells = (lines[r] as string).split(',');
    if (cells.length !== nC + 1) throw new RangeError(`\`parseConcordance\` row ${r + 1}: expected ${nC + 1} cells, found ${cells.length}`);
    const code = (cells[0] as string).trim();
    if (!/^\d{1,2}$/.test(code)) throw new RangeError(`\`parseConcordance\` row ${r + 1}, column NACE: ${code} is not a NACE division`);
    divisions.push(code.padStart(2, '0'));
    dense.push(cells.slice(1).map((cell, c) => {
      const v = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(v) || v < 0) {
        throw new RangeError(`\`parseConcordance\` row ${r + 1}, column ${classes[c]}: ${cell} is not a share`);
      }
      return v;
    }));
  }
  const start = new Int32Array(nC + 1);
  const divisionOf: number[] = [];
  const share: number[] = [];
  const classIndex = new Map<string, number>();
  for (let c = 0; c < nC; c++) {
    classIndex.set(classes[c] as string, c);
    let sum = 0;
    for (const row of dense) sum += row[c] as number;
    if (!(Math.abs(sum - 1) <= 1e-6)) throw new RangeError(`\`parseConcordance\` column ${classes[c]}: shares sum to ${sum}, not 1`);
    for (let d = 0; d < dense.length; d++) {
      const v = (dense[d] as number[])[c] as number;
      if (v > 0) {
        divisionOf.push(d);
        share.push(v / sum);
      }
    }
    start[c + 1] = divisionOf.length;
  }
  return { divisions, classes, classIndex, start, divisionOf: Int32Array.from(divisionOf), share: Float64Array.from(share) };
}
