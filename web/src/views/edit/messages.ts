// The API answers in English; these are its known validation messages in the interface language.
// A message that matches none of them is shown as the server wrote it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

export function useServerMessage(): (message: string) => string {
  const { t } = useTranslation('edit');
  const { t: common } = useTranslation();
  return useCallback((message: string) => {
    const size = (name: string | undefined) => (name && ['micro', 'small', 'medium', 'large'].includes(name)
      ? common(`size.${name as 'micro' | 'small' | 'medium' | 'large'}`) : name ?? '');
    const rules: Rule[] = [
      [/^expected a web address/, () => t('server.url')],
      [/^must not be empty$/, () => t('server.empty')],
      [/^expected a NACE code/, () => t('server.nace')],
      [/^expected a date YYYY-MM-DD(?:, got "(.*)")?$/s, () => t('server.date')],
      [/^not a real calendar date$/, () => t('server.realDate')],
      [/^expected a whole number, got "(.*)"$/s, (m) => t('server.integer', { value: m[1] })],
      [/^expected a number, got "(.*)"$/s, (m) => t('server.number', { value: m[1] })],
      [/^expected true or false, got "(.*)"$/s, (m) => t('server.bool', { value: m[1] })],
      [/^Too small: expected number to be >=?(\S+)$/, (m) => t('server.min', { min: m[1] })],
      [/^Too big: expected number to be <=?(\S+)$/, (m) => t('server.max', { max: m[1] })],
      [/^Too big: expected string to have <=?(\d+) characters$/, (m) => t('server.maxLength', { max: m[1] })],
      [/^Invalid option: expected one of (.*)$/, (m) => t('server.oneOf', { options: m[1]!.replace(/"/g, '').split('|').join(', ') })],
      [/^Invalid input: expected number/, () => t('server.expectedNumber')],
      [/^sector (.+) does not exist$/, (m) => t('server.noSector', { value: m[1] })],
      [/^territory (.+) does not exist$/, (m) => t('server.noTerritory', { value: m[1] })],
      [/^organisation (.+) does not exist$/, (m) => t('server.noOrganization', { value: m[1] })],
      [/^cluster (.+) does not exist$/, (m) => t('server.noCluster', { value: m[1] })],
      [/^size class (\S+) does not match (\d+) employees \((\S+)\)$/, (m) => t('server.sizeClass', { given: size(m[1]), employees: m[2], expected: size(m[3]) })],
      [/^invalid UNP/, () => t('server.unp')],
      [/^UNP (\S+) is already registered/, (m) => t('server.unpTaken', { unp: m[1] })],
      [/^UNP (\S+) repeats row (\d+)$/, (m) => t('server.unpRepeats', { unp: m[1], row: m[2] })],
      [/^id (\d+) already exists$/, (m) => t('server.idTaken', { id: m[1] })],
      [/^id (\d+) repeats an earlier row$/, (m) => t('server.idRepeats', { id: m[1] })],
      [/^unknown column; expected (.*)$/, (m) => t('server.unknownColumn', { expected: m[1] })],
      [/^required column is missing$/, () => t('server.requiredColumn')],
      [/^column (\S+) appears twice$/, (m) => t('server.columnTwice', { column: m[1] })],
      [/^supplier and customer must differ$/, () => t('server.sameParties')],
      [/^(\w+) must not be before (\w+)$/, (m) => t('server.dateOrder', { later: m[1], earlier: m[2] })],
    ];
    for (const [pattern, translate] of rules) {
      const match = message.match(pattern);
      if (match) return translate(match);
    }
    return message;
  }, [t, common]);
}
