/** One action.yml input as `modelgate help <action>` lists it. */
export interface InputHelp {
  readonly name: string
  readonly description: string
  readonly required: boolean
  /** The action.yml default, as written there (`${{ github.token }}` included). */
  readonly default?: string
}

/** What action-help.generated.ts holds for each action: its action.yml description and inputs, in file order. */
export interface ActionHelp {
  readonly description: string
  readonly inputs: readonly InputHelp[]
}
