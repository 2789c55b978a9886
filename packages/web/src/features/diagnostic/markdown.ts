/**
 * @module The Markdown subset the item bank is written in (data/items/README.md): paragraphs,
 * bullet and numbered lists, pipe tables, fenced code, `code`, **bold**, *italic*, links, and KaTeX
 * math ($…$ inline, $$…$$ display, \$ for a literal dollar). Parsed into plain data that React
 * renders as elements — never HTML strings — so item text can't inject markup.
 *
 * Math delimiters follow Pandoc's rule so prices don't turn into formulas: an opening $ has a
 * non-space after it, a closing $ has a non-space before it and no digit after it.
 */

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "math"; tex: string; display: boolean }
  | { kind: "strong"; children: Inline[] }
  | { kind: "em"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] };

export type Block =
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  | { kind: "table"; header: Inline[][]; rows: Inline[][][] }
  | { kind: "code"; language: string; text: string };

/** Finds the closing delimiter of inline math starting after `from`, or -1. */
function closingDollar(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === "$" && !/\s/.test(text[i - 1] ?? " ") && !/\d/.test(text[i + 1] ?? "")) return i;
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ kind: "text", text: buffer });
    buffer = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const rest = text.slice(i);
    if (ch === "\\" && (text[i + 1] === "$" || text[i + 1] === "*" || text[i + 1] === "`")) {
      buffer += text[i + 1];
      i++;
      continue;
    }
    if (rest.startsWith("$$")) {
      const end = text.indexOf("$$", i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: "math", tex: text.slice(i + 2, end).trim(), display: true });
        i = end + 1;
        continue;
      }
    }
    if (ch === "$" && text[i + 1] !== undefined && !/\s/.test(text[i + 1] as string)) {
      const end = closingDollar(text, i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: "math", tex: text.slice(i + 1, end), display: false });
        i = end;
        continue;
      }
    }
    if (ch === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i) {
        flush();
        out.push({ kind: "code", text: text.slice(i + 1, end) });
        i = end;
        continue;
      }
    }
    if (rest.startsWith("**")) {
      const end = text.indexOf("**", i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: "strong", children: parseInline(text.slice(i + 2, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === "*" && text[i + 1] !== undefined && !/\s/.test(text[i + 1] as string)) {
      const end = text.indexOf("*", i + 1);
      if (end > i + 1 && !/\s/.test(text[end - 1] as string)) {
        flush();
        out.push({ kind: "em", children: parseInline(text.slice(i + 1, end)) });
        i = end;
        continue;
      }
    }
    if (ch === "[") {
      const link = /^\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/.exec(rest);
      if (link) {
        flush();
        out.push({ kind: "link", href: link[2] as string, children: parseInline(link[1] as string) });
        i += link[0].length - 1;
        continue;
      }
    }
    buffer += ch;
  }
  flush();
  return out;
}

const BULLET = /^\s*[-*]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): Inline[][] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => parseInline(cell.trim()));
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === "") {
      i++;
      continue;
    }
    const fence = /^\s*```\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```\s*$/.test(lines[i] as string)) body.push(lines[i++] as string);
      i++;
      blocks.push({ kind: "code", language: fence[1] || "text", text: body.join("\n") });
      continue;
    }
    if (line.trim().startsWith("|") && TABLE_RULE.test(lines[i + 1] ?? "")) {
      const header = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && (lines[i] as string).trim().startsWith("|"))
        rows.push(cells(lines[i++] as string));
      blocks.push({ kind: "table", header, rows });
      continue;
    }
    const listMarker = BULLET.test(line) ? BULLET : NUMBERED.test(line) ? NUMBERED : null;
    if (listMarker) {
      const items: string[] = [];
      while (i < lines.length && (lines[i] as string).trim() !== "") {
        const current = lines[i] as string;
        if (listMarker.test(current)) items.push(current.replace(listMarker, ""));
        else if (items.length > 0) items[items.length - 1] += ` ${current.trim()}`;
        i++;
      }
      blocks.push({ kind: "list", ordered: listMarker === NUMBERED, items: items.map(parseInline) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length) {
      const current = lines[i] as string;
      if (
        current.trim() === "" ||
        (paragraph.length > 0 && (BULLET.test(current) || /^\s*```/.test(current)))
      )
        break;
      paragraph.push(current.trim());
      i++;
    }
    blocks.push({ kind: "paragraph", content: parseInline(paragraph.join("\n")) });
  }
  return blocks;
}
