/** Where a user-fixable problem is: a file position, or a path inside a policy/contract document. */
export interface Location {
  readonly file?: string
  readonly line?: number
  readonly column?: number
  /** A dotted path inside a YAML/JSON document, e.g. `fairness-gate.thresholds.demographic_parity_difference`. */
  readonly path?: string
  /** The action input involved, e.g. `min-group-size`. */
  readonly input?: string
}

/** Where the user gave the inputs: `with:` in a workflow (an action), or flags in a terminal (the CLI). */
export type Surface = 'action' | 'cli'

/** How a message names an input on a surface: `input "data"` / `` `data:` `` in an action, `--data` in the CLI. */
export interface InputWords {
  /** The surface these words are of. */
  readonly surface: Surface
  /** The input as the subject of a sentence: `input "data"`, `--data`. */
  readonly input: (name: string) => string
  /** The input as something to set: `` `data:` ``, `--data` (as in "set `data:` to the dataset path"). */
  readonly flag: (name: string) => string
  /** Where inputs are set: `` under `with:` `` in an action, nothing in the CLI. */
  readonly where: string
  /** Several inputs as the subject: `inputs "reference" and "reference-registry"`, `--reference and --reference-registry`. */
  readonly inputs: (names: readonly string[]) => string
  /** The input named in passing: `score-column` in an action (as action.yml names it), `--score-column` in the CLI. */
  readonly name: (name: string) => string
  /** The input set to a value, as written there: `task: multiclass` in an action, `--task multiclass` in the CLI. */
  readonly setting: (name: string, value: string) => string
}

/** `a`, `a and b`, `a, b and c`. */
const and = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`

export const INPUT_WORDS: Readonly<Record<Surface, InputWords>> = {
  action: {
    surface: 'action',
    input: (name) => `input "${name}"`,
    inputs: (names) => `inputs ${and(names.map((name) => `"${name}"`))}`,
    flag: (name) => `\`${name}:\``,
    where: ' under `with:`',
    name: (name) => name,
    setting: (name, value) => `${name}: ${value}`,
  },
  cli: {
    surface: 'cli',
    input: (name) => `--${name}`,
    inputs: (names) => and(names.map((name) => `--${name}`)),
    flag: (name) => `--${name}`,
    where: '',
    name: (name) => `--${name}`,
    setting: (name, value) => `--${name} ${value}`,
  },
}

/** A message or hint that names inputs: plain text, or text written once for every surface. */
export type Wording = string | ((words: InputWords) => string)

/**
 * The text of a wording on a surface.
 * @example inSurface((w) => `set ${w.flag('data')}`, 'cli') // => 'set --data'
 * @example inSurface((w) => `or set ${w.setting('task', 'multiclass')}`, 'action') // => 'or set task: multiclass'
 */
export function inSurface(wording: Wording, surface: Surface): string {
  return inWords(wording, INPUT_WORDS[surface])
}

/**
 * The text of a wording in the words of a surface, for a wording used inside another one.
 * @example inWords((w) => `set ${w.flag('data')}`, INPUT_WORDS.cli) // => 'set --data'
 */
export function inWords(wording: Wording, words: InputWords): string {
  return typeof wording === 'string' ? wording : wording(words)
}

/** A wording's text on each surface: what crosses a thread boundary, where a function cannot. */
export type WordingTexts = Readonly<Record<Surface, string>>

/** The text of `wording` on every surface. */
export function wordingTexts(wording: Wording): WordingTexts {
  return { action: inSurface(wording, 'action'), cli: inSurface(wording, 'cli') }
}

/** The wording whose text on each surface is `texts` (the inverse of wordingTexts). */
export function wordingOf(texts: WordingTexts): Wording {
  return texts.action === texts.cli ? texts.action : (w) => texts[w.surface]
}

/** Base class of the errors a user can fix; `runAction` reports them without a stack trace. */
export abstract class UserError extends Error {
  /** How to fix it, in one sentence, as an action's user reads it. */
  readonly hint?: string
  /** The message and hint as written, for every surface (describe renders them; a rethrow keeps them). */
  readonly wording: { readonly message: Wording; readonly hint?: Wording }

  constructor(
    message: Wording,
    readonly location: Location = {},
    /** How to fix it, in one sentence. */
    hint?: Wording,
  ) {
    super(inSurface(message, 'action'))
    this.name = new.target.name
    this.wording = { message, ...(hint === undefined ? {} : { hint }) }
    if (hint !== undefined) this.hint = inSurface(hint, 'action')
  }

  /**
   * `what (where). how to fix` — the line printed to the log and to the annotation, naming inputs as the surface
   * does (`set \`data:\`` in an action, `set --data` in the CLI).
   */
  describe(surface: Surface = 'action'): string {
    const where = describeLocation(this.location, surface)
    const hint = this.wording.hint === undefined ? '' : inSurface(this.wording.hint, surface)
    return `${inSurface(this.wording.message, surface)}${where ? ` (${where})` : ''}${hint ? `. ${hint}` : ''}`
  }
}

/** Bad inputs, policy or contract files: the workflow author fixes them. */
export class ConfigurationError extends UserError {}

/** Bad data: a malformed file, a missing column, labels that are not binary. */
export class DataError extends UserError {}

/** An external service said no or was unreachable (registry, Prometheus, GitHub outside the report path). */
export class ServiceError extends UserError {}

export function describeLocation(location: Location, surface: Surface = 'action'): string {
  const parts: string[] = []
  if (location.input !== undefined) parts.push(INPUT_WORDS[surface].input(location.input))
  if (location.file !== undefined) {
    let position = location.file
    if (location.line !== undefined) position += `:${location.line}`
    if (location.line !== undefined && location.column !== undefined) position += `:${location.column}`
    parts.push(position)
  }
  if (location.path !== undefined) parts.push(`at ${location.path}`)
  return parts.join(', ')
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
