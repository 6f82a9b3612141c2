import { ConfigurationError } from '../core/errors.js'

/**
 * Typed, strict access to action inputs (R9). The runner builds one over core.getInput; the CLI over its
 * flags. `raw` returns the trimmed text or undefined when the input is absent or empty.
 */
export class InputReader {
  constructor(private readonly raw: (name: string) => string | undefined) {}

  /** The trimmed value, or undefined when absent or empty. */
  optional(name: string): string | undefined {
    const value = this.raw(name)?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  required(name: string): string {
    const value = this.optional(name)
    if (value === undefined) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} is required`,
        { input: name },
        (w) => `set ${w.flag(name)}${w.where}`,
      )
    }
    return value
  }

  /** Numbers as YAML writes them; rejects NaN, trailing text and values outside [min, max]. */
  optionalNumber(name: string, range: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const text = this.optional(name)
    if (text === undefined) return undefined
    const value = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN
    const bounds = `${range.min ?? '−∞'} … ${range.max ?? '∞'}`
    if (range.integer === true && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      // 9007199254740993 reads as …992: a version stored that way points at another version.
      throw new ConfigurationError(
        (w) => `${w.input(name)} is ${text}, larger than the largest exact integer ${Number.MAX_SAFE_INTEGER}`,
        { input: name },
        `use a value in ${bounds}`,
      )
    }
    if (!Number.isFinite(value) || (range.integer === true && !Number.isInteger(value))) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} must be ${range.integer === true ? 'an integer' : 'a number'}, got "${text}"`,
        { input: name },
        `use a value in ${bounds}`,
      )
    }
    if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} is ${text}, outside ${bounds}`,
        { input: name },
        `use a value in ${bounds}`,
      )
    }
    return value
  }

  number(name: string, fallback: number, range: { min?: number; max?: number; integer?: boolean } = {}): number {
    return this.optionalNumber(name, range) ?? fallback
  }

  /** YAML 1.2 core-schema booleans only, as @actions/core's getBooleanInput. */
  optionalBoolean(name: string): boolean | undefined {
    const text = this.optional(name)
    if (text === undefined) return undefined
    if (['true', 'True', 'TRUE'].includes(text)) return true
    if (['false', 'False', 'FALSE'].includes(text)) return false
    throw new ConfigurationError(
      (w) => `${w.input(name)} must be true or false, got "${text}"`,
      { input: name },
      'write true or false (YAML 1.2 core schema)',
    )
  }

  boolean(name: string, fallback: boolean): boolean {
    return this.optionalBoolean(name) ?? fallback
  }

  /** One of a closed set of words. */
  optionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const text = this.optional(name)
    if (text === undefined) return undefined
    if (!(choices as readonly string[]).includes(text)) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} is "${text}"`,
        { input: name },
        `use one of: ${choices.join(', ')}`,
      )
    }
    return text as T
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    return this.optionalChoice(name, choices) ?? fallback
  }

  /** Comma- or newline-separated items, trimmed, empty items dropped. */
  list(name: string, options: { min?: number } = {}): string[] {
    const items = (this.optional(name) ?? '')
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter((item) => item !== '')
    if (options.min !== undefined && items.length < options.min) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} needs at least ${options.min} item(s), got ${items.length}`,
        { input: name },
        'give a comma-separated list',
      )
    }
    return items
  }
}
