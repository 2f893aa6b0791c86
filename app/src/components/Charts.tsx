// Charts (recharts), loaded only by the pages that show them. Values are converted to numbers for plotting only;
// every amount the app computes or sends stays bigint.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One point: an x label and a y value in token units (display only). */
export type Point = { x: string; y: number };

/** A titled chart with a text summary for screen readers (`data-testid` = testid, `data-points` = count). */
export function Chart({ kind, title, points, testid, unit, empty }: { kind: "line" | "bar"; title: string; points: Point[]; testid: string; unit: string; empty: string }) {
  return (
    <figure className="chart" data-testid={testid} data-points={points.length}>
      <figcaption>{title}</figcaption>
      {points.length === 0 ? (
        <p className="muted" data-testid={`${testid}-empty`}>
          {empty}
        </p>
      ) : (
        <div style={{ width: "100%", height: 220 }} role="img" aria-label={`${title}: ${points.length} points, last ${points.at(-1)?.y ?? 0} ${unit}`}>
          <ResponsiveContainer>
            {kind === "line" ? (
              <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
                <XAxis dataKey="x" stroke="#344054" fontSize={12} />
                <YAxis stroke="#344054" fontSize={12} />
                <Tooltip formatter={(v) => [`${String(v)} ${unit}`, title]} />
                <Line type="stepAfter" dataKey="y" stroke="#1849a9" strokeWidth={2} dot={false} isAnimationActive={false} />
              </LineChart>
            ) : (
              <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
                <XAxis dataKey="x" stroke="#344054" fontSize={12} />
                <YAxis stroke="#344054" fontSize={12} />
                <Tooltip formatter={(v) => [`${String(v)} ${unit}`, title]} />
                <Bar dataKey="y" fill="#1849a9" isAnimationActive={false} />
              </BarChart>
            )}
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

export default Chart;
