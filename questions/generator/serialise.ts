/** The seed only orders multiple-choice options; change it and every id stays the same. */
export const BANK_SEED = 'bank-v1'

/** Pretty-printed with two spaces and a final newline, so each change to the bank is a readable diff. */
export function serialiseBank(bank: unknown): string {
  return `${JSON.stringify(bank, null, 2)}\n`
}
