import highsLoader, { type Highs } from 'highs';

/**
 * One round as a transportation problem, solved as a linear programme by HiGHS (WebAssembly):
 *
 *   maximise  sum(pair value * x[pair]) + sum(place value * y[coach, place])
 *   each request:  sum of its x <= 1
 *   each coach:    sum of its x  = sum of its y   (each y in [0, 1], one per free place)
 *
 * The constraint matrix is the incidence matrix of a bipartite graph plus unit columns, so it is totally unimodular
 * and the simplex method's vertex optimum is integral: the LP optimum is the best assignment, not a relaxation of
 * it. Place values fall with each place, so the solver fills a coach's places in order and y carries the load part.
 */
export interface TransportProblem {
  requestCount: number;
  coachCount: number;
  pairRequest: Int32Array;
  pairCoach: Int32Array;
  pairValue: Float64Array;
  /** Per coach, the weighted values of its free places, highest first. */
  placeValues: ReadonlyArray<readonly number[]>;
}

export interface TransportSolution {
  /** Indices of the pairs chosen. */
  chosen: number[];
  objective: number;
  /** Shadow price of each request's "at most one coach" row. */
  requestDuals: Float64Array;
  /** Shadow price of each coach's balance row: what one more place of theirs would be worth. */
  coachDuals: Float64Array;
}

let loading: Promise<Highs> | undefined;

/** The WebAssembly module is compiled once per process and shared by every round. */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/**
 * The LP kept open between solves: pairs can be added and the model re-solved from the previous basis, which is what
 * makes column generation cheap. Place columns come first, pair columns after in the order they were added.
 */
export class TransportLp {
  private pairCount = 0;

  private constructor(
    private readonly highs: Highs,
    private readonly model: ReturnType<Highs['createModel']>,
    private readonly requestCount: number,
    private readonly placeCount: number,
  ) {}

  static async open(requestCount: number, placeValues: ReadonlyArray<readonly number[]>): Promise<TransportLp> {
    const highs = await loadHighs();
    const coachCount = placeValues.length;
    const placeCount = placeValues.reduce((sum, places) => sum + places.length, 0);
    const numRows = requestCount + coachCount;
    const colCost = new Float64Array(placeCount);
    const starts = new Int32Array(placeCount + 1);
    const indices = new Int32Array(placeCount);
    let column = 0;
    placeValues.forEach((places, coach) => {
      for (const value of places) {
        colCost[column] = value;
        starts[column] = column;
        indices[column++] = requestCount + coach;
      }
    });
    starts[placeCount] = placeCount;
    const model = highs.createModel({
      numCols: placeCount,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(placeCount),
      colUpper: new Float64Array(placeCount).fill(1),
      rowLower: new Float64Array(numRows).fill(-Infinity, 0, requestCount),
      rowUpper: new Float64Array(numRows).fill(1, 0, requestCount),
      matrix: { format: 'csc', numRows, numCols: placeCount, starts, indices, values: new Float64Array(placeCount).fill(-1) },
    });
    // Simplex, not interior point: only a vertex of the polytope is guaranteed integral.
    model.options.set({ output_flag: false, solver: 'simplex' });
    return new TransportLp(highs, model, requestCount, placeCount);
  }

  addPairs(request: ArrayLike<number>, coach: ArrayLike<number>, value: ArrayLike<number>): void {
    const count = value.length;
    if (count === 0) return;
    const starts = new Int32Array(count + 1);
    const indices = new Int32Array(2 * count);
    for (let pair = 0; pair < count; pair++) {
      starts[pair] = 2 * pair;
      indices[2 * pair] = request[pair];
      indices[2 * pair + 1] = this.requestCount + coach[pair];
    }
    starts[count] = 2 * count;
    this.model.addCols({
      cost: Float64Array.from(value),
      lower: new Float64Array(count),
      upper: new Float64Array(count).fill(1),
      matrix: { format: 'csc', numRows: this.model.getDimensions().numRows, numCols: count, starts, indices, values: new Float64Array(2 * count).fill(1) },
    });
    this.pairCount += count;
  }

  /** Blocks while HiGHS runs (one thread): a round of thousands takes seconds at most. */
  solve(): TransportSolution {
    const requestCount = this.requestCount;
    if (this.pairCount === 0) {
      const coachCount = this.model.getDimensions().numRows - requestCount;
      return { chosen: [], objective: 0, requestDuals: new Float64Array(requestCount), coachDuals: new Float64Array(coachCount) };
    }
    const run = this.model.run();
    if (run.modelStatus !== this.highs.constants.modelStatus.optimal) {
      throw new Error(`HiGHS ended the matching round's LP with model status ${run.modelStatus}`);
    }
    const solution = this.model.getSolution();
    const chosen: number[] = [];
    for (let pair = 0; pair < this.pairCount; pair++) if (solution.colValue[this.placeCount + pair] > 0.5) chosen.push(pair);
    return {
      chosen,
      objective: this.model.getObjectiveValue(),
      requestDuals: solution.rowDual.slice(0, requestCount),
      coachDuals: solution.rowDual.slice(requestCount),
    };
  }

  dispose(): void {
    this.model.dispose();
  }
}

/** One solve over a fixed set of pairs. */
export async function solveTransport(problem: TransportProblem): Promise<TransportSolution> {
  const lp = await TransportLp.open(problem.requestCount, problem.placeValues);
  try {
    lp.addPairs(problem.pairRequest, problem.pairCoach, problem.pairValue);
    return lp.solve();
  } finally {
    lp.dispose();
  }
}
