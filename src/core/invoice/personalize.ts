/**
 * Personalized invoice defaults by country, as rules for `ruleDefaults`: the currency, the tax
 * rounding people there expect, and the paper size, each with a reason the user reads
 * ("Suggested for Germany"). A host passes them to its defaults provider with the user's country
 * in the context (`{ country: 'DE' }`); a user's own choices always win over them.
 */
import type { Rule } from '../personalize/rules.js';
import type { RoundingMode } from '../money/decimal.js';

interface CountryPolicy {
  currency: string;
  mode: RoundingMode;
  taxes: 'per-line' | 'per-document';
  paper: 'A4' | 'Letter';
  /** Cash rounding step where cash is rounded by law or custom. */
  cash?: string;
}

/** A small table of well-known policies; a host adds its own rules before these. */
export const COUNTRY_POLICIES: Readonly<Record<string, CountryPolicy>> = {
  DE: { currency: 'EUR', mode: 'half-up', taxes: 'per-document', paper: 'A4' },
  FR: { currency: 'EUR', mode: 'half-up', taxes: 'per-document', paper: 'A4' },
  NL: { currency: 'EUR', mode: 'half-up', taxes: 'per-document', paper: 'A4', cash: '0.05' },
  IE: { currency: 'EUR', mode: 'half-up', taxes: 'per-line', paper: 'A4' },
  GB: { currency: 'GBP', mode: 'half-up', taxes: 'per-line', paper: 'A4' },
  CH: { currency: 'CHF', mode: 'half-up', taxes: 'per-document', paper: 'A4', cash: '0.05' },
  US: { currency: 'USD', mode: 'half-up', taxes: 'per-document', paper: 'Letter' },
  CA: { currency: 'CAD', mode: 'half-up', taxes: 'per-line', paper: 'Letter', cash: '0.05' },
  JP: { currency: 'JPY', mode: 'down', taxes: 'per-document', paper: 'A4' },
  KW: { currency: 'KWD', mode: 'half-up', taxes: 'per-document', paper: 'A4' },
};

/** The country's name in English for reasons, or its code where Intl has no name. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Rules giving the invoice design document `key` the policy of the user's `country` context
 * attribute. The value is a partial of the designer's preferences (currency, rounding, cash
 * rounding and paper size).
 */
export function countryInvoiceRules(key: string, policies = COUNTRY_POLICIES): Rule[] {
  return Object.entries(policies).map(([country, policy]) => ({
    when: { country },
    reason: `Suggested for ${countryName(country)}`,
    variant: `country-${country}`,
    values: {
      [key]: {
        currency: policy.currency,
        rounding: { mode: policy.mode, taxes: policy.taxes },
        cashStep: policy.cash ?? '',
        template: { paper: policy.paper },
      },
    },
  }));
}
