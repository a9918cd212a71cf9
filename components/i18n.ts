/**
 * UI strings come from the extension's locale files (public/_locales), so the browser
 * picks Japanese or English. Components take a `T` function, so tests can pass any.
 */
export type T = (key: string, substitutions?: string[]) => string;

export function browserT(getMessage: (key: string, subs?: string[]) => string): T {
  return (key, subs) => getMessage(key, subs) || key;
}

const CATEGORY_KEYS: Record<string, string> = {
  organization: 'catOrganization',
  government: 'catGovernment',
  person: 'catPerson',
  law: 'catLaw',
  product: 'catProduct',
  incident: 'catIncident',
  correction: 'catCorrection',
};

const VERDICT_KEYS: Record<string, string> = {
  false: 'verdictFalse',
  misleading: 'verdictMisleading',
  outdated: 'verdictOutdated',
  exaggerated: 'verdictExaggerated',
  unsupported: 'verdictUnsupported',
  unverified: 'verdictUnverified',
  misplaced: 'verdictMisplaced',
  'needs-context': 'verdictNeedsContext',
  correct: 'verdictCorrect',
};

export const categoryLabel = (t: T, c: string) => t(CATEGORY_KEYS[c] ?? c);
export const verdictLabel = (t: T, v: string) => t(VERDICT_KEYS[v] ?? v);

const UPDATE_KIND_KEYS: Record<string, string> = {
  figure: 'cardUpdateFigure',
  plan: 'cardUpdatePlan',
  suspicion: 'cardUpdateSuspicion',
};

const RESULT_KEYS: Record<string, string> = {
  happened: 'resultHappened',
  'happened-late': 'resultHappenedLate',
  changed: 'resultChanged',
  cancelled: 'resultCancelled',
  confirmed: 'resultConfirmed',
  denied: 'resultDenied',
  revised: 'resultRevised',
};

export const updateKindLabel = (t: T, k: string) => t(UPDATE_KIND_KEYS[k] ?? k);
export const resultLabel = (t: T, r: string) => t(RESULT_KEYS[r] ?? r);
