export { tableToCsv } from './table-csv';
export { layOutTable, TOTAL_LABEL } from './table-layout';
export type { FigureColumn, LaidOutRow, TableColumns, TableLayout } from './table-layout';
export { readFigure, WITHHELD_SYMBOLS } from './withheld-symbols';
export type { FigureReading, WithheldSymbol } from './withheld-symbols';
