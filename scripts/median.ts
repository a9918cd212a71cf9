/** The median of some timings (the upper one of an even count), as every bench script reports them. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
