// Control characters (except line breaks and tabs) have no place in a published report:
// they render as boxes in a PDF and can break XML in an .xlsx.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g

/** Cleans user text for the report: control characters out, line endings normalised, ends trimmed. */
export function cleanReportText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, ' ').trim()
}
