// The slice of fontkit (pdfkit's font engine) we use to check glyph coverage.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function create(buffer: Buffer): Font | { fonts: Font[] }
}
