/**
 * A streaming splitter for one large JSON object: it reads text in chunks, and hands over each top-level
 * member, or each element of the top-level arrays named in `split`, as soon as it is complete, parsed by
 * JSON.parse. Memory stays bounded by the largest single element, whatever the size of the input; every
 * value carries the line and column where it starts, for error messages.
 */
import { SbomParseError } from "../errors.js"

export interface Position {
  readonly line: number
  readonly column: number
}

export interface TopLevelSink {
  member(key: string, value: unknown, at: Position): void
  element(key: string, index: number, value: unknown, at: Position): void
}

const enum State {
  BeforeRoot,
  MemberStart,
  Key,
  Colon,
  ValueStart,
  Value,
  ElementStart,
  AfterElement,
  AfterMember,
  Done
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9

const describe = (c: number) => (c === 0 ? "end of input" : `\`${String.fromCharCode(c)}\``)

export class JsonTopLevelSplitter {
  private state = State.BeforeRoot
  private line = 1
  private lineStart = 0
  private offset = 0
  private parts: Array<string> = []
  private key = ""
  private inString = false
  private escape = false
  private depth = 0
  private primitive = false
  private inArray = false
  private index = 0
  private first = true
  private valueAt: Position = { line: 1, column: 1 }

  constructor(
    private readonly file: string,
    private readonly split: ReadonlySet<string>,
    private readonly sink: TopLevelSink
  ) {}

  private fail(message: string, at: Position, hint?: string): never {
    throw new SbomParseError([{ file: this.file, line: at.line, column: at.column, message, hint }])
  }

  private here(i: number): Position {
    return { line: this.line, column: this.offset + i - this.lineStart + 1 }
  }

  private where(): string {
    return this.inArray ? `${this.key}[${this.index}]` : this.key === "" ? "the document" : `\`${this.key}\``
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text)
    } catch (error) {
      const message = (error as Error).message
      const m = /position (\d+)/.exec(message)
      let { line, column } = this.valueAt
      if (m !== null) {
        const pos = Math.min(Number(m[1]), text.length)
        for (let k = 0; k < pos; k++) {
          if (text.charCodeAt(k) === 10) {
            line++
            column = 1
          } else column++
        }
      }
      return this.fail(`not valid JSON in ${this.where()}: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/, "")}`, { line, column }, "check quotes, commas and brackets here")
    }
  }

  private finishValue(text: string): void {
    const value = this.parse(text)
    if (this.inArray) {
      this.sink.element(this.key, this.index, value, this.valueAt)
      this.index++
      this.state = State.AfterElement
    } else {
      this.sink.member(this.key, value, this.valueAt)
      this.state = State.AfterMember
    }
  }

  push(text: string): void {
    const n = text.length
    let start = 0
    // Position of the next backslash in this chunk: -2 not searched yet, -1 none left.
    let nextBackslash = -2
    let i = 0
    while (i < n) {
      const c = text.charCodeAt(i)
      switch (this.state) {
        case State.Value: {
          // The hot loop: most of the input is inside component values.
          let inString = this.inString
          let escape = this.escape
          let depth = this.depth
          const primitive = this.primitive
          let done = false
          for (; i < n; i++) {
            const d = text.charCodeAt(i)
            if (inString) {
              if (escape) {
                escape = false
                continue
              }
              if (d !== 34 && d !== 92) {
                // Jump to the next quote natively; only a backslash run right before it can escape it.
                const q = text.indexOf('"', i)
                // Backslashes are rare: remember where the next one is instead of searching again.
                if (nextBackslash === -2 || (nextBackslash !== -1 && nextBackslash < i)) nextBackslash = text.indexOf("\\", i)
                const b = nextBackslash
                if (q < 0 && b < 0) {
                  i = n
                  break
                }
                i = (b < 0 || (q >= 0 && q < b) ? q : b) - 1
                continue
              }
              if (d === 92) escape = true
              else {
                inString = false
                if (depth === 0) {
                  i++
                  done = true
                  break
                }
              }
              continue
            }
            if (primitive) {
              if (d === 44 || d === 125 || d === 93 || isSpace(d)) {
                done = true
                break
              }
              continue
            }
            if (d === 34) inString = true
            else if (d === 123 || d === 91) depth++
            else if (d === 125 || d === 93) {
              if (--depth === 0) {
                i++
                done = true
                break
              }
            } else if (d === 10) {
              this.line++
              this.lineStart = this.offset + i + 1
            }
          }
          this.inString = inString
          this.escape = escape
          this.depth = depth
          if (done) {
            const piece = text.slice(start, i)
            const whole = this.parts.length === 0 ? piece : this.parts.join("") + piece
            this.parts = []
            this.finishValue(whole)
          }
          continue
        }
        case State.Key: {
          for (; i < n; i++) {
            const d = text.charCodeAt(i)
            if (this.escape) this.escape = false
            else if (d === 92) this.escape = true
            else if (d === 34) break
          }
          if (i < n) {
            const raw = this.parts.join("") + text.slice(start, i)
            this.parts = []
            this.key = this.parse(`"${raw}"`) as string
            this.state = State.Colon
            i++
          }
          continue
        }
        default:
          break
      }
      if (c === 10) {
        this.line++
        this.lineStart = this.offset + i + 1
        i++
        continue
      }
      if (isSpace(c)) {
        i++
        continue
      }
      switch (this.state) {
        case State.BeforeRoot:
          if (c === 0xfeff && this.offset + i === 0) break
          if (c !== 123) this.fail(`expected a JSON object (\`{\`), found ${describe(c)}`, this.here(i), "a CycloneDX JSON document starts with `{`")
          this.state = State.MemberStart
          this.first = true
          break
        case State.MemberStart:
          if (c === 125 && this.first) {
            this.state = State.Done
            break
          }
          if (c !== 34) this.fail(`expected a quoted member name, found ${describe(c)}`, this.here(i))
          this.state = State.Key
          this.escape = false
          this.key = ""
          start = i + 1
          i++
          continue
        case State.Colon:
          if (c !== 58) this.fail(`expected \`:\` after \`${this.key}\`, found ${describe(c)}`, this.here(i))
          this.state = State.ValueStart
          break
        case State.ValueStart:
          this.inArray = false
          if (c === 91 && this.split.has(this.key)) {
            this.state = State.ElementStart
            this.index = 0
            this.first = true
            this.inArray = true
            break
          }
          this.beginValue(c, i)
          start = i
          if (!this.primitive && c !== 34) this.depth = 1
          i++
          continue
        case State.ElementStart:
          if (c === 93 && this.first) {
            this.inArray = false
            this.state = State.AfterMember
            break
          }
          this.first = false
          this.beginValue(c, i)
          start = i
          if (!this.primitive && c !== 34) this.depth = 1
          i++
          continue
        case State.AfterElement:
          if (c === 44) this.state = State.ElementStart
          else if (c === 93) {
            this.inArray = false
            this.state = State.AfterMember
          } else this.fail(`expected \`,\` or \`]\` after ${this.key}[${this.index - 1}], found ${describe(c)}`, this.here(i))
          break
        case State.AfterMember:
          if (c === 44) {
            this.state = State.MemberStart
            this.first = false
          } else if (c === 125) this.state = State.Done
          else this.fail(`expected \`,\` or \`}\` after \`${this.key}\`, found ${describe(c)}`, this.here(i))
          break
        case State.Done:
          this.fail(`unexpected ${describe(c)} after the end of the document`, this.here(i), "the file holds more than one JSON value")
        default:
          break
      }
      i++
    }
    if (this.state === State.Value || this.state === State.Key) this.parts.push(text.slice(start))
    this.offset += n
  }

  private beginValue(c: number, i: number): void {
    if (c === 44 || c === 93 || c === 125 || c === 58) this.fail(`expected a value in ${this.where()}, found ${describe(c)}`, this.here(i))
    this.valueAt = this.here(i)
    this.state = State.Value
    this.inString = c === 34
    this.escape = false
    this.depth = 0
    this.primitive = c !== 34 && c !== 123 && c !== 91
  }

  end(): void {
    if (this.state === State.Value && this.primitive && !this.inArray) {
      // A number or literal running to the end of input cannot close the document anyway.
    }
    if (this.state !== State.Done) {
      const at = { line: this.line, column: this.offset - this.lineStart + 1 }
      this.fail(
        this.state === State.BeforeRoot ? "the input is empty" : `unexpected end of input inside ${this.where()}`,
        at,
        this.state === State.BeforeRoot ? "give a CycloneDX JSON document" : "the file is truncated: it ends before the JSON document is closed"
      )
    }
  }
}
