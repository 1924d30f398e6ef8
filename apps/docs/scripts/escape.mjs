// Escaping for pages generated from data. `text` turns every character that Markdown or Vue could read as
// syntax into a numeric entity, so Markdown renders the string literally; generated pages also wrap their
// body in a `v-pre` block, because Markdown decodes entities again and Vue must not see `{{ … }}`.

/** Escapes text for Markdown (and HTML); newlines become spaces so a value stays on its line. */
export const text = (value) =>
  String(value)
    .replace(/[&<>"'`*_[\]{}()|\\$~#!:=+\-.]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r?\n|\r/g, " ")

/** Escapes a value for a double-quoted HTML attribute. */
export const attr = (value) => String(value).replace(/[&<>"'{}]/g, (c) => `&#${c.charCodeAt(0)};`)
