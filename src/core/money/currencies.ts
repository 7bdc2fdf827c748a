/**
 * ISO 4217 minor units (the number of decimals a currency is written with), bundled so that the
 * engine never asks `Intl`, whose answer differs between browsers (some give ISK, HUF or TWD two
 * digits, others none). The list holds active codes from the ISO 4217 maintenance agency's table,
 * fund codes included; precious metals and other codes without minor units are left out.
 */
const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN ' +
  'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

const table = new Map<string, number>();
for (const [codes, digits] of [
  [TWO, 2],
  [ZERO, 0],
  [THREE, 3],
  [FOUR, 4],
] as const) {
  for (const code of codes.split(' ')) table.set(code, digits);
}

/**
 * The ISO 4217 minor units of a currency code (upper case, as ISO writes it), or `undefined` for a
 * code the table does not know.
 * @example currencyDigits('JPY') // 0
 * @example currencyDigits('KWD') // 3
 */
export function currencyDigits(code: string): number | undefined {
  return table.get(code);
}

/** Every currency code the bundled table knows, sorted. */
export function currencyCodes(): string[] {
  return [...table.keys()].sort();
}
