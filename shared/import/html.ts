const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', rdquo: '”', ldquo: '“', rsquo: '’', lsquo: '‘', bull: '•', middot: '·',
  aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü'
}

/** &amp; &#228; &#xE5; → characters; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole
    }
    return NAMED[name] ?? whole
  })
}

/**
 * Turns an HTML page (or text with stray tags) into plain lines: block elements end lines,
 * list items become bullets, table cells become tabs, scripts and styles disappear. Written as
 * a linear scan, so deeply nested or broken markup costs no more than its length.
 */
export function htmlToText(input: string): string {
  let out = ''
  let i = 0
  const n = input.length
  while (i < n) {
    const lt = input.indexOf('<', i)
    if (lt === -1) {
      out += input.slice(i)
      break
    }
    out += input.slice(i, lt)
    const gt = input.indexOf('>', lt + 1)
    // A "<" that opens no tag (e.g. "a < b") is text.
    if (gt === -1 || !/^<\/?[a-z!]/i.test(input.slice(lt, lt + 3))) {
      out += '<'
      i = lt + 1
      continue
    }
    const tag = input.slice(lt + 1, gt).trim().toLowerCase()
    const name = /^\/?([a-z0-9!-]+)/.exec(tag)?.[1] ?? ''
    i = gt + 1
    if (name === 'script' || name === 'style') {
      const close = input.toLowerCase().indexOf(`</${name}`, i)
      i = close === -1 ? n : (input.indexOf('>', close) + 1 || n)
      continue
    }
    if (name === '!--') {
      const end = input.indexOf('-->', lt + 4)
      i = end === -1 ? n : end + 3
      continue
    }
    if (name === 'li' && !tag.startsWith('/')) out += '\n• '
    else if (name === 'td' || name === 'th') out += tag.startsWith('/') ? '' : '\t'
    else if (/^(br|p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|dd|dt)$/.test(name)) out += '\n'
  }
  return decodeEntities(out)
}

/** True when the text is (mostly) markup rather than text with a few stray tags. */
export function looksLikeHtml(text: string): boolean {
  return /<(html|body|div|ul|li|h[1-6]|table)\b/i.test(text)
}
