// The real Mermaid parser (mermaid 11, a devDependency) in Node: Mermaid's sanitiser (DOMPurify) needs a DOM
// window at import time, so a jsdom window and document are installed as globals before mermaid is imported.
import { JSDOM } from 'jsdom'
import type { BundleRun, RunBundleOptions } from './run-bundle.js'

type Parse = (text: string) => Promise<unknown>

let parser: Promise<Parse> | undefined

async function load(): Promise<Parse> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  const globals = globalThis as unknown as Record<string, unknown>
  globals.window ??= dom.window
  globals.document ??= dom.window.document
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false })
  return async (text) => mermaid.parse(text)
}

/** Parses Mermaid text with the real parser; rejects with Mermaid's own error when it does not parse. */
export async function parseMermaid(text: string): Promise<void> {
  parser ??= load()
  await (
    await parser
  )(text)
}

/** The bodies of the ```mermaid blocks of a Markdown text, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? '')
}

/** The Mermaid blocks of `markdown` that do not parse, each with its error (an empty list when all parse). */
export async function unparsableMermaid(markdown: string): Promise<{ block: string; error: string }[]> {
  const failures: { block: string; error: string }[] = []
  for (const block of mermaidBlocks(markdown)) {
    try {
      await parseMermaid(block)
    } catch (error) {
      failures.push({ block, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return failures
}

type Run = (name: string, options?: RunBundleOptions) => Promise<BundleRun>

/** `run` with its summary's Mermaid blocks parsed before the result is handed back. */
export function checkingMermaid(run: Run): Run {
  return async (name, options) => {
    const result = await run(name, options)
    const failures = await unparsableMermaid(result.summary)
    if (failures.length > 0)
      throw new Error(
        `dist/${name}: ${failures.length} Mermaid block(s) in the job summary do not parse with mermaid 11:\n` +
          failures.map((f) => `${f.block}\n→ ${f.error}`).join('\n\n'),
      )
    return result
  }
}
