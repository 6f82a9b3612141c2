/** A cell of a report table: numbers are formatted by the renderer, null renders as "—". */
export type Cell = string | number | boolean | null

export interface TableFigure {
  readonly kind: 'table'
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export interface Series {
  readonly name: string
  readonly values: readonly number[]
}

/** A bar chart over categories; rendered as a Mermaid xychart and always followed by its table. */
export interface BarFigure {
  readonly kind: 'bar'
  readonly title: string
  readonly categories: readonly string[]
  readonly series: readonly Series[]
  /**
   * Series drawn as lines over the bars, in the same y units: an interval's ends around a bar's point estimate.
   * The figure's table lists them after the bar series.
   */
  readonly lines?: readonly Series[]
  /** What the categories are (`column`, `metric`, `group`): the first column of the figure's table. */
  readonly xLabel?: string
  readonly yLabel?: string
}

/** A line chart over an ordered x axis (time, step); rendered as a Mermaid xychart plus its table. */
export interface LineFigure {
  readonly kind: 'line'
  readonly title: string
  readonly x: readonly (string | number)[]
  readonly series: readonly Series[]
  readonly xLabel?: string
  readonly yLabel?: string
}

/** Free Markdown (already escaped by whoever built it). */
export interface TextFigure {
  readonly kind: 'text'
  readonly title: string
  readonly markdown: string
}

export type Figure = TableFigure | BarFigure | LineFigure | TextFigure
