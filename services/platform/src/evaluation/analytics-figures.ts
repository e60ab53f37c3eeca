import { addMonths, type CalendarDate } from '@tapestry/domain';
import { RefusedError, sleep, type GatewayClient } from './gateway-client';
import { OUTCOMES, PROGRAMME_METRICS } from './operations';

export interface PublishedFigure {
  name: string;
  label: string;
  kind: string;
  value: number | null;
  suppressed: boolean;
  reason: string | null;
  base: number | null;
  incomplete: boolean;
}

export interface FigureTable {
  title: string;
  scopeName: string;
  dimensions: string[];
  rows: { key: string[]; keyLabels: string[]; figures: PublishedFigure[] }[];
  totals: PublishedFigure[];
  notes: string[];
}

/** What analytics published for the scenario's trust: items 2 (programme figures) and 3 (outcomes) of issue 6. */
export interface EvaluationFigures {
  period: { from: CalendarDate; to: CalendarDate };
  programme: FigureTable;
  programmeByMonth: FigureTable;
  outcomes6: { cohort: { from: CalendarDate; to: CalendarDate }; table: FigureTable };
  outcomes12: { cohort: { from: CalendarDate; to: CalendarDate }; table: FigureTable };
}

export class AnalyticsReader {
  constructor(
    private readonly api: GatewayClient,
    private readonly token: string,
    private readonly organisationId: string,
  ) {}

  async programmeMetrics(from: CalendarDate, to: CalendarDate, byMonth: boolean): Promise<FigureTable> {
    const variables = { scope: { organisationId: this.organisationId }, from, to, groupBy: byMonth ? ['MONTH'] : null };
    return (await this.api.call<{ programmeMetrics: FigureTable }>(PROGRAMME_METRICS, variables, this.token)).programmeMetrics;
  }

  async outcomes(from: CalendarDate, to: CalendarDate, horizon: 'SIX' | 'TWELVE'): Promise<FigureTable> {
    const variables = { scope: { organisationId: this.organisationId }, from, to, horizon };
    return (await this.api.call<{ outcomes: FigureTable }>(OUTCOMES, variables, this.token)).outcomes;
  }

  /**
   * Analytics is fed by the other services' topics, so it trails them. No operation says how far behind it is;
   * the figures standing still over several polls (after at least one full relay cycle) is taken as caught up. Until
   * the organisation itself has reached analytics its scope is unknown there, which is only more of the same lag.
   */
  async waitUntilSettled(from: CalendarDate, to: CalendarDate, timeoutMs = 300_000): Promise<FigureTable> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    let unchanged = 0;
    for (;;) {
      const table = await this.programmeMetrics(from, to, true).catch((error: unknown) => {
        if (error instanceof RefusedError && error.codes.includes('UNKNOWN_SCOPE') && Date.now() < deadline) return null;
        throw error;
      });
      if (!table) {
        await sleep(1_000);
        continue;
      }
      const seen = JSON.stringify(table.rows);
      unchanged = seen === last ? unchanged + 1 : 0;
      last = seen;
      if (unchanged >= 3) return table;
      if (Date.now() > deadline) throw new Error(`Analytics' figures were still changing after ${timeoutMs / 1000} s.`);
      await sleep(1_000);
    }
  }

  async evaluationFigures(launch: CalendarDate, today: CalendarDate): Promise<EvaluationFigures> {
    const programmeByMonth = await this.waitUntilSettled(launch, today);
    const programme = await this.programmeMetrics(launch, today, false);
    const six = { from: launch, to: addMonths(today, -6) };
    const twelve = { from: launch, to: addMonths(today, -12) };
    return {
      period: { from: launch, to: today },
      programme,
      programmeByMonth,
      outcomes6: { cohort: six, table: await this.outcomes(six.from, six.to, 'SIX') },
      outcomes12: { cohort: twelve, table: await this.outcomes(twelve.from, twelve.to, 'TWELVE') },
    };
  }
}
