/**
 * Splitting of one line of a small CSV file (code lists, not bulk data) into fields, with RFC 4180 quotes
 * (`"a, b"`, doubled `""` inside quotes). Bulk trade rows go through the byte scanner instead.
 */
export const splitCsvLine = (line: string, delimiter = ","): Array<string> => {
  const fields: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      fields.push(field)
      field = ""
    } else field += ch
  }
  fields.push(field)
  return fields
}

interface TextDecoderLike {
  decode(input: Uint8Array): string
}
// Core's lib has no DOM types; TextDecoder exists in every browser and in Node.
const Decoder = (globalThis as unknown as { TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike }).TextDecoder

/** Bytes as Latin-1 text (one character per byte), for short slices such as headers and rejected lines. */
export const latin1Text = (bytes: Uint8Array): string => {
  let text = ""
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]!)
  return text
}

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1252 (older code files are Latin-1). */
export const decodeTextBytes = (bytes: Uint8Array): { readonly text: string; readonly encoding: "utf-8" | "windows-1252" } => {
  try {
    return { text: new Decoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" }
  } catch {
    return { text: new Decoder("windows-1252").decode(bytes), encoding: "windows-1252" }
  }
}
