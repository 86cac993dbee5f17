/** Changes one number in a seed annex; throws unless it occurs exactly once (so a test cannot pass vacuously). */
export function replaceOnce(from: string, to: string): (tsv: string) => string {
  return (tsv) => {
    const n = tsv.split(from).length - 1;
    if (n !== 1) throw new Error(`"${from}" occurs ${n} times`);
    return tsv.replace(from, to);
  };
}
