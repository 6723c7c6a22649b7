const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true })

/** Swedish alphabetical order (å, ä, ö last; numbers by value). */
export function svCompare(a: string, b: string): number {
  return collator.compare(a, b)
}
