/**
 * The CFPB renamed and merged its products over the years (April 2017 above all); the
 * model learns and is scored on one stable set, today's names. docs/ARCHITECTURE.md
 * ("Triage") lists the mapping.
 */
const CREDIT_REPORTING = 'Credit reporting, credit repair services, or other personal consumer reports';
const CARD = 'Credit card or prepaid card';
const ACCOUNT = 'Checking or savings account';
const PERSONAL_LOAN = 'Payday loan, title loan, or personal loan';
const VEHICLE = 'Vehicle loan or lease';
const MONEY = 'Money transfer, virtual currency, or money service';

const PRODUCT_RENAMES: Readonly<Record<string, string>> = {
  'Credit reporting': CREDIT_REPORTING,
  'Credit reporting or other personal consumer reports': CREDIT_REPORTING,
  'Credit card': CARD,
  'Prepaid card': CARD,
  'Bank account or service': ACCOUNT,
  'Payday loan': PERSONAL_LOAN,
  'Money transfers': MONEY,
  'Virtual currency': MONEY,
  'Other financial service': MONEY,
};

/** "Consumer Loan" was split by what was lent: vehicles went one way, the rest the other. */
const CONSUMER_LOAN = 'consumer loan';

/** The stable product of a CFPB row's Product (and, for "Consumer Loan", its Sub-product). */
export function stableProduct(product: string, subProduct = ''): string {
  const name = product.trim().replace(/\s+/g, ' ');
  if (name.toLowerCase() === CONSUMER_LOAN) return /vehicle/i.test(subProduct) ? VEHICLE : PERSONAL_LOAN;
  const renamed = Object.entries(PRODUCT_RENAMES).find(([old]) => old.toLowerCase() === name.toLowerCase());
  return renamed ? renamed[1] : name;
}
