// Static checks of a built extension folder: no remote code and no way to reach the network, read off the files the
// stores receive. Pure functions of file text, so shippable.e2e.ts can also show each one failing on a bad sample.

export interface Finding {
  file: string;
  what: string;
  excerpt: string;
}

const excerpt = (text: string, index: number) => text.slice(Math.max(0, index - 60), index + 80).replace(/\s+/g, ' ');

/** Every way a script can reach the network or load code from elsewhere. The build has none of them (the dynamic
 * `import()` of its own chunks is checked separately), so any occurrence is a finding, remote URL or not. */
const NETWORK_APIS: [RegExp, string][] = [
  [/\bfetch\s*\(/g, 'fetch()'],
  [/\bXMLHttpRequest\b/g, 'XMLHttpRequest'],
  [/\bWebSocket\b/g, 'WebSocket'],
  [/\bEventSource\b/g, 'EventSource'],
  [/\bWebTransport\b/g, 'WebTransport'],
  [/\bRTCPeerConnection\b/g, 'RTCPeerConnection'],
  [/\bsendBeacon\b/g, 'navigator.sendBeacon'],
  [/\bimportScripts\s*\(/g, 'importScripts()'],
  [/\bnew\s+(Shared)?Worker\s*\(/g, 'new Worker()'],
];

/** Code built from strings at run time. */
const EVAL: [RegExp, string][] = [
  [/(?<![\w$.])eval\s*\(/g, 'eval()'],
  [/(?<![\w$.])(new\s+)?Function\s*\(/g, 'Function()'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/g, 'setTimeout/setInterval with a string'],
];

export function scanScript(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const [pattern, what] of [...NETWORK_APIS, ...EVAL]) {
    for (const m of text.matchAll(pattern)) found.push({ file, what, excerpt: excerpt(text, m.index) });
  }
  // Dynamic import only of the package's own chunks: a relative string literal.
  for (const m of text.matchAll(/(?<![\w$.])import\s*\(\s*(?!["'`]\.\.?\/[\w./-]+\.js["'`]\s*\))/g)) {
    found.push({ file, what: 'import() of something other than an own chunk', excerpt: excerpt(text, m.index) });
  }
  // Raw HTML: only Preact's renderer may assign innerHTML, for the `dangerouslySetInnerHTML` prop no code of ours
  // passes (eslint forbids it); the assignment sits right after the renderer reads that prop.
  for (const m of text.matchAll(
    /\.(innerHTML|outerHTML)\s*=(?!=)|\binsertAdjacentHTML\b|\bdocument\.write(ln)?\s*\(|\bcreateContextualFragment\b/g,
  )) {
    const before = text.slice(Math.max(0, m.index - 600), m.index);
    const preact =
      /["'`]dangerouslySetInnerHTML["'`]/.test(before) &&
      /^\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(text.slice(m.index, m.index + 40));
    if (!preact) found.push({ file, what: 'raw HTML', excerpt: excerpt(text, m.index) });
  }
  return found;
}

/** Pages load only the package's own files: root-relative script/link/img sources, no inline scripts. */
export function scanHtml(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(
    /<(script|link|img|iframe|object|embed|source|audio|video)\b[^>]*?\b(src|href|data)\s*=\s*["']([^"']*)["']/gi,
  )) {
    if (!/^\/(?!\/)[\w./-]+$/.test(m[3]!))
      found.push({ file, what: `<${m[1]}> loads ${m[3]}`, excerpt: excerpt(text, m.index) });
  }
  for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi))
    found.push({ file, what: 'inline <script>', excerpt: excerpt(text, m.index) });
  for (const m of text.matchAll(/<(iframe|object|embed|base)\b/gi))
    found.push({ file, what: `<${m[1]}>`, excerpt: excerpt(text, m.index) });
  for (const m of text.matchAll(/\son\w+\s*=/gi))
    found.push({ file, what: 'inline event handler', excerpt: excerpt(text, m.index) });
  return found;
}

/** CSS that would fetch from elsewhere: url(http...), url(//...), @import of anything. */
export function scanCss(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(/url\(\s*["']?\s*(https?:|\/\/|wss?:|ftp:)/gi))
    found.push({ file, what: 'remote url() in CSS', excerpt: excerpt(text, m.index) });
  for (const m of text.matchAll(/@import\b/gi))
    found.push({ file, what: '@import in CSS', excerpt: excerpt(text, m.index) });
  return found;
}
