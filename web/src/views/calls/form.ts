// Pure helpers of the call pages: the post form's text fields to the API's body, a call's title in a language,
// the translation key and parameters of a screening row's reason.
import type { CallInput, CallKind, ScreeningItem } from '../../api/calls.ts';

export interface CallForm {
  kind: CallKind;
  clusterId: string;
  titleRu: string;
  titleEn: string;
  description: string;
  sectors: string;
  territories: string;
  sizeClasses: string[];
  roles: string[];
  certifications: string;
  minEmployees: string;
  minCompetitiveness: string;
  minReliability: string;
  fitThreshold: string;
  requireInterest: boolean;
  deadline: string;
}

export const EMPTY_FORM: CallForm = {
  kind: 'joint_project', clusterId: '', titleRu: '', titleEn: '', description: '', sectors: '', territories: '', sizeClasses: [], roles: [],
  certifications: '', minEmployees: '', minCompetitiveness: '', minReliability: '', fitThreshold: '0.3', requireInterest: true, deadline: '',
};

/** Items typed into one box, separated by commas or semicolons; blanks and repeats dropped, order kept. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[,;]+/).map((s) => s.trim()).filter((s) => s !== ''))];
}

/** A typed number, or null when blank; decimal commas accepted; NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : NaN;
}

/** The form as the API's body, or the names of the fields that are not numbers (the server checks the rest). */
export function toCallInput(form: CallForm): { input: CallInput; invalid: string[] } {
  const invalid: string[] = [];
  const number = (field: 'minEmployees' | 'minCompetitiveness' | 'minReliability' | 'fitThreshold') => {
    const value = parseNumber(form[field]);
    if (value !== null && Number.isNaN(value)) invalid.push(field);
    return value !== null && Number.isNaN(value) ? null : value;
  };
  const input: CallInput = {
    clusterId: form.clusterId ? Number(form.clusterId) : null,
    kind: form.kind,
    titleRu: form.titleRu.trim(),
    titleEn: form.titleEn.trim() || null,
    description: form.description.trim() || null,
    sectors: splitList(form.sectors),
    territories: splitList(form.territories),
    sizeClasses: form.sizeClasses,
    roles: form.roles,
    certifications: splitList(form.certifications),
    minEmployees: number('minEmployees'),
    minCompetitiveness: number('minCompetitiveness'),
    minReliability: number('minReliability'),
    fitThreshold: number('fitThreshold') ?? 0.3,
    requireInterest: form.requireInterest,
    deadline: form.deadline || null,
  };
  return { input, invalid };
}

type Titled = { titleRu: string; titleEn?: string | null };

/** The English title when the interface is English and there is one, else the Russian one. */
export function callTitle(call: Titled, language: string): string {
  return (language === 'en' && call.titleEn) || call.titleRu;
}

export type ReasonKey = 'reasons.failed' | 'reasons.declined' | 'reasons.no-answer' | 'reasons.low-fit' | 'reasons.accepted' | 'reasons.acceptedInterested';

/**
 * How to say a screening row's reason: a key of the `calls` catalog and its parameters. Failed rules are listed by
 * their `rules.*` keys (the caller translates them and joins them into `rules`); numbers stay numbers for formatting.
 */
export function screeningReason(item: ScreeningItem, fitThreshold: number): { key: ReasonKey; rules: string[]; score: number; threshold: number } {
  const base = { rules: [] as string[], score: item.fit, threshold: fitThreshold };
  if (item.accepted) return { ...base, key: item.interest === 'interested' ? 'reasons.acceptedInterested' : 'reasons.accepted' };
  if (item.stage === 'rule') {
    const rules = [...new Set(item.failedRules.map((f) => f.rule))];
    return { ...base, key: 'reasons.failed', rules: rules.length > 0 ? rules : [item.rule ?? ''] };
  }
  if (item.rule === 'declined') return { ...base, key: 'reasons.declined' };
  if (item.rule === 'no-answer') return { ...base, key: 'reasons.no-answer' };
  return { ...base, key: 'reasons.low-fit' };
}
