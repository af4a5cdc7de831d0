// /import: the import wizard for analysts and administrators. 1) choose the kind and a CSV/XLSX file;
// 2) the server reads and checks it without writing (a dry run): preview and every row/column problem;
// 3) confirm: the same file is uploaded again and imported, all rows or none.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { Forbidden, SignInPrompt } from '../edit/Access.tsx';
import { useServerMessage } from '../edit/messages.ts';
import '../edit/edit.css';
import './import.css';

const IMPORT_KINDS = ['organizations', 'clusters', 'memberships', 'contracts', 'projects'] as const;
type ImportKind = (typeof IMPORT_KINDS)[number];

/** The answer of POST /api/import/:kind?dryRun=true. */
interface DryRunReport {
  kind: ImportKind;
  rows: number;
  columns: string[];
  preview: string[][];
  previewRows: number[];
  errors: FieldError[];
  totalErrors: number;
}

type Step = 'choose' | 'check' | 'done';
const STEPS: Step[] = ['choose', 'check', 'done'];

function upload<T>(kind: ImportKind, file: File, dryRun: boolean): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api<T>(`/api/import/${kind}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body });
}

export default function ImportWizard() {
  const { t } = useTranslation('importer');
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user) return <SignInPrompt title={t('title')} />;
  if (user.role !== 'admin' && user.role !== 'analyst') return <Forbidden title={t('title')} back="/" backLabel={t('backHome')} />;
  return <Wizard />;
}

function Wizard() {
  const { t } = useTranslation('importer');
  const queryClient = useQueryClient();
  const translate = useServerMessage();
  const [step, setStep] = useState<Step>('choose');
  const [kind, setKind] = useState<ImportKind>('organizations');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<DryRunReport | null>(null);
  const [inserted, setInserted] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Each new step's heading takes the focus (not on the first render: the page itself has just opened).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const explain = (error: unknown) => {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      setForbidden(true);
      return;
    }
    const message = error instanceof Error ? translate(error.message) : String(error);
    setProblem(message);
  };

  const check = useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => upload<DryRunReport>(kind, file, true),
    onMutate: () => setProblem(null),
    onSuccess: (answer) => {
      setReport(answer);
      setStep('check');
    },
    onError: (error) => {
      // An unreadable file is refused outright (422): the reason, and the cell problems if any.
      if (error instanceof ApiError && error.status === 422) {
        const details = error.errors.map((e) => `${e.column ? `${e.column}: ` : ''}${translate(e.message)}`);
        setProblem([translate(stripFileName(error.message)), ...details].join(' '));
        return;
      }
      explain(error);
    },
  });

  const confirm = useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => upload<{ kind: string; inserted: number }>(kind, file, false),
    onMutate: () => setProblem(null),
    onSuccess: (answer) => {
      setInserted(answer.inserted);
      setStep('done');
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'edit' });
    },
    onError: (error) => {
      // The registry may have changed since the check: show the new problems in the same table.
      if (error instanceof ApiError && error.status === 422 && error.errors.length > 0 && report) {
        setReport({ ...report, errors: error.errors, totalErrors: error.errors.length });
        return;
      }
      explain(error);
    },
  });

  const restart = (keepKind = true) => {
    setStep('choose');
    setFile(null);
    setReport(null);
    setInserted(null);
    setProblem(null);
    if (!keepKind) setKind('organizations');
    if (fileInput.current) fileInput.current.value = '';
  };

  if (forbidden) return <Forbidden title={t('title')} back="/" backLabel={t('backHome')} />;

  return (
    <section className="edit-page import-page">
      <h1>{t('title')}</h1>
      <ol className="wizard-steps" aria-label={t('steps.label')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'current' : STEPS.indexOf(step) > i ? 'done' : ''}>
            <span className="step-number" aria-hidden="true">{i + 1}</span> {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      {problem && <div className="error-summary" role="alert" data-testid="import-problem"><p>{problem}</p></div>}

      {step === 'choose' && (
        <ChooseStep
          headingRef={headingRef} fileInput={fileInput} kind={kind} file={file} busy={check.isPending}
          onKind={setKind} onFile={setFile} onSubmit={() => file && check.mutate({ kind, file })}
        />
      )}
      {step === 'check' && report && file && (
        <CheckStep
          headingRef={headingRef} report={report} file={file} busy={confirm.isPending}
          onBack={() => restart()} onConfirm={() => confirm.mutate({ kind, file })}
        />
      )}
      {step === 'done' && (
        <section className="wizard-panel card">
          <h2 ref={headingRef} tabIndex={-1}>{t('steps.done')}</h2>
          <DoneStep kind={kind} inserted={inserted ?? 0} fileName={file?.name ?? ''} onAgain={() => restart()} />
        </section>
      )}
    </section>
  );
}

/** "orgs.csv: unsupported file type" -> "unsupported file type" (the file name is shown anyway). */
const stripFileName = (message: string) => message.replace(/^[^:]+\.(csv|xlsx|txt|[a-z0-9]+): /i, '');

interface ChooseProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  fileInput: RefObject<HTMLInputElement | null>;
  kind: ImportKind;
  file: File | null;
  busy: boolean;
  onKind: (kind: ImportKind) => void;
  onFile: (file: File | null) => void;
  onSubmit: () => void;
}

function ChooseStep({ headingRef, fileInput, kind, file, busy, onKind, onFile, onSubmit }: ChooseProps) {
  const { t } = useTranslation('importer');
  const [missingFile, setMissingFile] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      fileInput.current?.focus();
      return;
    }
    onSubmit();
  };
  return (
    <form className="wizard-panel card" onSubmit={submit} noValidate aria-busy={busy}>
      <h2 ref={headingRef} tabIndex={-1}>{t('steps.choose')}</h2>
      <fieldset className="kind-choice" data-testid="import-kind">
        <legend>{t('choose.kind')}</legend>
        {IMPORT_KINDS.map((k) => (
          <label key={k} className="kind-option">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => onKind(k)} />
            <span>
              <strong>{t(`kinds.${k}`)}</strong>
              <span className="field-hint">{t(`kindHints.${k}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="templates">
        {t('choose.templates', { kind: t(`kinds.${kind}`) })}{' '}
        <a href={`/api/import/${kind}/template?format=csv`} download data-testid="import-template-csv">{t('choose.templateCsv')}</a>
        {' · '}
        <a href={`/api/import/${kind}/template?format=xlsx`} download data-testid="import-template-xlsx">{t('choose.templateXlsx')}</a>
      </p>
      <div className={`field${missingFile && !file ? ' field-invalid' : ''}`}>
        <label htmlFor="import-file">{t('choose.file')}</label>
        <input
          id="import-file" ref={fileInput} type="file" data-testid="import-file" accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-file-hint" aria-invalid={missingFile && !file ? true : undefined}
          onChange={(e) => {
            onFile(e.target.files?.[0] ?? null);
            setMissingFile(false);
          }}
        />
        <p className="field-hint" id="import-file-hint">{t('choose.fileHint')}</p>
        {missingFile && !file && <p className="field-error" data-testid="field-error-file">{t('choose.fileMissing')}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" data-testid="import-check" disabled={busy}>{busy ? t('choose.checking') : t('choose.check')}</button>
      </div>
    </form>
  );
}

interface CheckProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  report: DryRunReport;
  file: File;
  busy: boolean;
  onBack: () => void;
  onConfirm: () => void;
}

function CheckStep({ headingRef, report, file, busy, onBack, onConfirm }: CheckProps) {
  const { t } = useTranslation('importer');
  const format = useFormat();
  const translate = useServerMessage();
  const blocked = report.totalErrors > 0;
  const empty = report.rows === 0;
  const badCells = new Set(report.errors.map((e) => `${e.row}\u0000${e.column}`));
  const badRows = new Set(report.errors.map((e) => e.row));
  return (
    <section className="wizard-panel card">
      <h2 ref={headingRef} tabIndex={-1}>{t('steps.check')}</h2>
      <dl className="import-facts">
        <div><dt>{t('check.file')}</dt><dd>{file.name}</dd></div>
        <div><dt>{t('check.kind')}</dt><dd>{t(`kinds.${report.kind}`)}</dd></div>
        <div><dt>{t('check.rows')}</dt><dd data-testid="import-row-count">{format.integer(report.rows)}</dd></div>
        <div><dt>{t('check.problems')}</dt><dd data-testid="import-error-count">{format.integer(report.totalErrors)}</dd></div>
      </dl>
      {blocked ? (
        <div className="error-summary" role="alert" data-testid="import-blocked">
          <h3>{t('check.blockedTitle')}</h3>
          <p>{t('check.blocked', { n: format.integer(report.totalErrors) })}</p>
        </div>
      ) : empty ? (
        <p className="form-note" role="status" data-testid="import-empty">{t('check.empty')}</p>
      ) : (
        <p className="import-ready" role="status" data-testid="import-ready">{t('check.ready', { n: format.integer(report.rows) })}</p>
      )}

      {blocked && (
        <>
          <h3>{t('check.errorsTitle')}</h3>
          {report.totalErrors > report.errors.length && (
            <p className="field-hint">{t('check.errorsTruncated', { shown: format.integer(report.errors.length), total: format.integer(report.totalErrors) })}</p>
          )}
          <div className="table-scroll import-errors">
            <table data-testid="import-errors">
              <caption className="visually-hidden">{t('check.errorsTitle')}</caption>
              <thead>
                <tr><th scope="col">{t('check.row')}</th><th scope="col">{t('check.column')}</th><th scope="col">{t('check.problem')}</th></tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i} data-testid="import-error-row">
                    <td>{e.row === 1 ? t('check.header') : format.integer(e.row)}</td>
                    <td><code>{e.column}</code></td>
                    <td>{translate(e.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h3>{t('check.previewTitle')}</h3>
      <p className="field-hint">
        {report.preview.length < report.rows
          ? t('check.previewPart', { shown: format.integer(report.preview.length), total: format.integer(report.rows) })
          : t('check.previewAll')}
      </p>
      <div className="table-scroll import-preview">
        <table data-testid="import-preview">
          <caption className="visually-hidden">{t('check.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('check.row')}</th>
              {report.columns.map((c, i) => <th key={i} scope="col" className={badCells.has(`1\u0000${c}`) ? 'cell-error' : undefined}><code>{c}</code></th>)}
            </tr>
          </thead>
          <tbody>
            {report.preview.map((cells, r) => {
              const row = report.previewRows[r] ?? r + 2;
              return (
                <tr key={row} className={badRows.has(row) ? 'row-error' : undefined}>
                  <th scope="row">{format.integer(row)}</th>
                  {cells.map((cell, i) => {
                    const bad = badCells.has(`${row}\u0000${report.columns[i]}`);
                    return <td key={i} className={bad ? 'cell-error' : undefined} title={bad ? t('check.cellHasProblem') : undefined}>{cell}</td>;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="form-actions wizard-actions">
        <button type="button" className="secondary" onClick={onBack} data-testid="import-back">{t('check.back')}</button>
        <button type="button" onClick={onConfirm} disabled={blocked || empty || busy} data-testid="import-confirm" aria-describedby={blocked ? 'import-confirm-note' : undefined}>
          {busy ? t('check.importing') : t('check.confirm', { n: format.integer(report.rows) })}
        </button>
        {blocked && <span id="import-confirm-note" className="field-hint">{t('check.confirmDisabled')}</span>}
      </div>
    </section>
  );
}

function DoneStep({ kind, inserted, fileName, onAgain }: { kind: ImportKind; inserted: number; fileName: string; onAgain: () => void }) {
  const { t } = useTranslation('importer');
  const format = useFormat();
  const registry = kind === 'organizations' || kind === 'clusters' ? `/registry/${kind}` : null;
  return (
    <>
      <p className="import-done" role="status" data-testid="import-result">
        {t('done.imported', { n: format.integer(inserted), kind: t(`kinds.${kind}`), file: fileName })}
      </p>
      <div className="form-actions">
        {registry && <Link to={registry} className="button-link">{t('done.open', { kind: t(`kinds.${kind}`) })}</Link>}
        <button type="button" className="secondary" onClick={onAgain}>{t('done.again')}</button>
      </div>
    </>
  );
}
