import ExcelJS from 'exceljs'

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs's typings want its own Buffer flavour; the bytes are the same.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}
