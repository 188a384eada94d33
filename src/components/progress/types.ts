/** One bar of ProgressBarChart. With `secondary`, the bar is two stacked parts: value below, secondary on top. */
export interface ChartBar {
  key: string
  /** Short label under the bar and in the table's first column. */
  label: string
  value: number
  secondary?: number
}

/** Names of the two stacked parts, for the legend and the table's columns. */
export interface StackedLegend {
  value: string
  secondary: string
}
